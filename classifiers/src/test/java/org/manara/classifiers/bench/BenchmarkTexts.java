package org.manara.classifiers.bench;

import java.util.List;

/** Tweet-length posts (60-280 chars, English and Arabic, clean, spam and abusive) to score. */
final class BenchmarkTexts {
    static final List<String> POSTS =
            List.of(
                    "Just finished reading the new report on urban transport. Some interesting ideas"
                            + " about bike lanes and late-night buses, worth a look if you commute.",
                    "WINNER!! As a valued customer you have been selected to receive a £900 prize"
                            + " reward! Call 09061701461 now. Claim code KL341. Valid 12 hours only.",
                    "@sarah_k congrats on the new job!! so happy for you, drinks on friday? 🎉🎉",
                    "FREE bitcoin giveaway 🚀🚀 send 0.1 BTC to the wallet in bio and get 1 BTC back"
                            + " instantly!!! limited time bit.ly/fr33-btc #crypto #airdrop",
                    "you are a pathetic idiot and everyone knows it, shut up and go away",
                    "The match tonight was unbelievable, what a comeback in the second half."
                            + " #football #UCL",
                    "مبروك! لقد ربحت جائزة بقيمة 1000 دولار، اضغط على الرابط واتصل بنا الان على"
                            + " 0501234567 لاستلام الجائزة",
                    "صباح الخير يا جماعة، الجو اليوم جميل جدا والقهوة في المقهى الجديد رائعة ☕",
                    "يا حمار انت غبي وما بتفهم شي، اخرس احسن لك",
                    "Meeting moved to 3pm tomorrow, room 204. Please bring the Q3 numbers and the"
                            + " draft slides.",
                    "I know where you live and I will find you. watch your back.",
                    "اجتماع مجلس الادارة تأجل الى الاسبوع القادم بسبب سفر المدير",
                    "lol that cat video made my day 😂😂😂 https://example.com/v/123",
                    "Get r1ch qu1ck!!! W0rk fr0m h0me and earn $5000 per week, DM me for details",
                    "شكرا لكل من شارك في حملة التبرع بالدم اليوم، عدد المتبرعين تجاوز المئتين",
                    "New blog post: five things I learned migrating our build to Java 17, with"
                            + " numbers.");

    private BenchmarkTexts() {}
}
