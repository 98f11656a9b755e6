package org.manara.classifiers.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.manara.classifiers.text.TestCorpus;

/**
 * Tweet-length posts for the benchmarks: 1,000 real tweets per language from the shared datasets
 * (airline_tweets_stream for English, mlma_hate for Arabic and French), or when those are absent a
 * fixed list of realistic posts, so the benchmarks always run.
 */
final class SamplePosts {

    static final int PER_LANGUAGE = 1000;

    private SamplePosts() {}

    static List<String> english() {
        return load("en").orElse(EN);
    }

    static List<String> arabic() {
        return load("ar").orElse(AR);
    }

    /** English, Arabic and French posts interleaved, for language identification. */
    static List<String> mixed() {
        List<String> out = new ArrayList<>();
        List<String> en = english();
        List<String> ar = arabic();
        List<String> fr = load("fr").orElse(FR);
        for (int i = 0; i < Math.max(en.size(), Math.max(ar.size(), fr.size())); i++) {
            out.add(en.get(i % en.size()));
            out.add(ar.get(i % ar.size()));
            out.add(fr.get(i % fr.size()));
        }
        return out;
    }

    private static Optional<List<String>> load(String language) {
        Optional<Path> datasets = TestCorpus.datasets();
        if (datasets.isEmpty()) {
            return Optional.empty();
        }
        List<String> all =
                new ArrayList<>(
                        language.equals("en")
                                ? TestCorpus.airline(datasets.get())
                                : TestCorpus.mlma(datasets.get(), language));
        Collections.shuffle(all, new Random(1));
        return Optional.of(List.copyOf(all.subList(0, Math.min(PER_LANGUAGE, all.size()))));
    }

    private static final List<String> EN =
            List.of(
                    "@united my flight from Denver was cancelled AGAIN and nobody at the gate can help 😡 http://t.co/abc123",
                    "Congratulations! You've won a FREE iPhone 📱 claim your prize now at bit.ly/fr33-prize !!!",
                    "Just landed in Chicago, thanks @SouthwestAir for the smooth ride and the free snacks 👍",
                    "RT @newsdesk: Protesters gathered outside the parliament in London on Saturday #breaking",
                    "I can't believe how rude the staff were at JFK today, never flying with you again",
                    "WIN £1000 cash now!! Txt WIN to 80082 before midnight, T&Cs apply",
                    "lol this is the best thing I've seen all week 😂😂😂 @jamie you need to see this",
                    "Barack Obama and Angela Merkel met in Berlin to discuss the climate agreement",
                    "Our team is hiring! Remote software engineers, apply here https://jobs.example.com/123",
                    "why is the wifi on this plane slower than dial-up in 1998 #firstworldproblems");

    private static final List<String> AR =
            List.of(
                    "والله الخدمة عندكم سيئة جدا وما أحد يرد على الاتصالات 😡 @stc_ksa",
                    "مبروك! ربحت جائزة مالية قيمتها ١٠٠٠٠ ريال، اضغط على الرابط الآن http://bit.ly/xyz",
                    "ذهب الرئيس إلى القاهرة اليوم لحضور القمة العربية #عاجل",
                    "صباح الخير يا أحلى ناس، الجو اليوم جميييل جدا ☀️",
                    "الله يرحمه ويغفر له ويسكنه فسيح جناته",
                    "متى ينتهي هذا الزحام في شوارع الرياض؟ كل يوم نفس المشكلة",
                    "للبيع سيارة موديل ٢٠١٩ بحالة ممتازة للتواصل واتساب ٠٥٠١٢٣٤٥٦٧",
                    "هذا اللاعب أفضل لاعب في الدوري بدون منازع 👏👏",
                    "تابعونا على حسابنا الجديد @news_ar للحصول على آخر الأخبار",
                    "أتمنى لكم جميعا عيد مبارك وكل عام وأنتم بخير");

    private static final List<String> FR =
            List.of(
                    "Franchement ce gouvernement se moque de nous depuis le début #politique",
                    "Le train pour Lyon a encore deux heures de retard, merci la SNCF 😤",
                    "Bravo à l'équipe de France pour ce match incroyable hier soir !",
                    "Gagnez un iPhone gratuit en cliquant sur ce lien http://bit.ly/abc",
                    "Quelqu'un sait où trouver un bon restaurant près de la gare du Nord ?");
}
