package org.manara.model.sample;

import java.util.List;

/** The phrases {@link SyntheticPosts} builds posts from. {slot}s are filled at random. */
final class SampleText {
    static final List<String> SPAM_EN =
            List.of(
                    "CONGRATULATIONS!!! You have WON a FREE iPhone 15! Claim now: {short}",
                    "URGENT: your account will be suspended. Verify here {short} within 24 hours",
                    "Make ${money} a day working from home!!! No experience needed {short}",
                    "Double your Bitcoin in 24h guaranteed 💰💰 send BTC to our wallet, DM now",
                    "Call {phone} now to claim your £{money} cash prize! Limited offer!!!",
                    "FREE followers! Get 10000 followers instantly {short} #follow #followback",
                    "Hot crypto signal 🚀🚀 100x gains, join our Telegram {short} #crypto #btc",
                    "You've been selected for a $1000 gift card. Click {short} to redeem",
                    "Cheap meds no prescription, fast shipping worldwide {short} {short}",
                    "WINNER!! Text CLAIM to {phone} for your free holiday to {city}",
                    "Earn passive income with our forex bot, 300% monthly returns {short}",
                    "Limited time!!! 90% OFF designer bags {short} {short} {short}");

    static final List<String> SPAM_AR =
            List.of(
                    "مبروك! ربحت جائزة {money} ريال، للاستلام اضغط هنا {short}",
                    "اربح آيفون مجاناً 🎁 اشترك الآن {short} #مسابقة",
                    "للتواصل واتساب {phone} قروض سريعة بدون كفيل وبدون فوائد",
                    "استثمر في البيتكوين واربح يومياً أرباح مضمونة 💰 {short}",
                    "زيادة متابعين حقيقيين بأسعار رخيصة، تواصل معنا {phone}",
                    "عرض خاص لفترة محدودة!!! خصم ٩٠٪ على جميع المنتجات {short}");

    static final List<String> ABUSE_EN =
            List.of(
                    "{target} you are a complete idiot, nobody wants you here",
                    "{target} shut up loser, go crawl back under your rock",
                    "{target} I know where you live and I will hurt you",
                    "{target} you're worthless trash, just disappear",
                    "{target} keep talking and you'll regret it, watch your back",
                    "{target} what a pathetic moron, your mother must be so ashamed",
                    "{target} people like you are disgusting vermin",
                    "{target} you stupid clown, get off the internet");

    static final List<String> ABUSE_AR =
            List.of(
                    "{target} يا غبي اسكت محد طلب رايك",
                    "{target} انت حمار وما تفهم شي",
                    "{target} يا حقير والله لتندم على كلامك",
                    "{target} يا كلب انقلع من هنا",
                    "{target} اعرف وين ساكن وبوريك شغلك",
                    "{target} يا تافه كلامك كله زبالة");

    static final List<String> CAMPAIGN_EN =
            List.of(
                    "The election was stolen! Share before they delete this {tag} {url}",
                    "Everyone is talking about the scandal the media won't cover! {tag} {url}",
                    "Boycott now! Their products are poison, spread the word {tag} {url}",
                    "Breaking: the minister resigns in disgrace, the truth is out {tag} {url}");

    static final List<String> CAMPAIGN_AR =
            List.of(
                    "عاجل: فضيحة كبرى يتجاهلها الإعلام، انشروا قبل الحذف {tag} {url}",
                    "قاطعوا منتجاتهم الآن! انشر الوسم ليصل للجميع {tag} {url}",
                    "الحقيقة التي يخفونها عنكم، شاهد قبل الحذف {tag} {url}");

    static final List<String> CAMPAIGN_TAGS_EN =
            List.of("StopTheSteal2026", "MediaBlackout", "BoycottNow", "TruthOut");
    static final List<String> CAMPAIGN_TAGS_AR =
            List.of("فضيحة_الوزير", "قاطعوا_الآن", "الحقيقة_المخفية");
    static final List<String> CAMPAIGN_DOMAINS =
            List.of("truth-daily.example", "real-news-now.example", "patriot-wire.example");
    static final List<String> SHORTENERS = List.of("bit.ly", "tinyurl.com", "t.co", "cutt.ly");
    static final List<String> NEWS_DOMAINS =
            List.of("news.example.org", "www.bbc.co.uk", "www.aljazeera.net", "apnews.com");
    static final List<String> TEAMS =
            List.of("Arsenal", "Al Hilal", "Barcelona", "Celtics", "Al Ahly", "Galatasaray");
    static final List<String> FOODS =
            List.of("shakshuka", "lasagna", "falafel", "sourdough", "biryani", "pad thai");
    static final List<String> CITIES =
            List.of("Amman", "Dubai", "London", "Cairo", "Paris", "Istanbul", "Chicago");
    static final List<String> CITIES_AR =
            List.of("الرياض", "عمّان", "القاهرة", "دبي", "بيروت", "الدار البيضاء");
    static final List<String> HANDLES =
            List.of("sara_k", "omar92", "layla_writes", "jdoe", "mike_t", "noor.h", "ahmad_q");
    static final List<String> EMOJI = List.of("😂", "🙏", "❤️", "🔥", "👏", "😅", "🇸🇦");

    private SampleText() {}
}
