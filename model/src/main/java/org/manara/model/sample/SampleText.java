package org.manara.model.sample;

import java.util.List;

/** The phrases {@link SyntheticPosts} builds posts from. {slot}s are filled at random. */
final class SampleText {
    static final List<String> CHATTER_EN =
            List.of(
                    "Anyone else watching the {team} game tonight? That second half was unreal",
                    "Made {food} for the first time and honestly it turned out great {emoji}",
                    "Flight to {city} delayed again, third time this month. Bringing a book.",
                    "The new library downtown is lovely, quiet corners and good coffee next door",
                    "Reading this piece on city budgets, worth your time: {url}",
                    "Can't believe it's already {n} degrees at 9am. Summer came early",
                    "Happy birthday to my sister, {n} years of putting up with me {emoji}",
                    "Does anyone have a good recipe for {food}? Mine always comes out dry",
                    "Traffic on the ring road is backed up past the bridge, avoid if you can",
                    "Finished the marathon in under four hours! Legs are gone but worth it",
                    "{handle} thanks for the recommendation, the book was brilliant",
                    "Rain all week in {city}. The garden is happy at least",
                    "Our team shipped the release today. Proud of everyone who stayed late",
                    "Volunteers needed for the beach clean-up on Saturday morning #community",
                    "The match report is out {url} #football",
                    "Trying to learn Arabic calligraphy, my alifs still look like noodles",
                    "Who else thinks {food} is overrated? Fight me (politely)",
                    "Power cut on our street again. Third time since Monday");

    static final List<String> CHATTER_AR =
            List.of(
                    "صباح الخير يا جماعة، الجو اليوم في {city_ar} رائع جداً {emoji}",
                    "مين شاف مباراة امبارح؟ الشوط الثاني كان ممتع بصراحة",
                    "جربت وصفة جديدة للكبسة اليوم وطلعت لذيذة الحمد لله",
                    "الزحمة في الطريق الدائري لا تطاق، انصحكم تطلعون بدري",
                    "كل عام وانتم بخير بمناسبة العيد، الله يعيده علينا وعليكم",
                    "قرأت مقال جميل عن تاريخ المدينة القديمة {url}",
                    "الحمد لله خلصت الامتحانات أخيراً، وقت الراحة",
                    "أحد يعرف مطعم حلو في {city_ar}؟ أبغى مكان هادي للعشاء",
                    "الطقس حار جداً اليوم، درجة الحرارة وصلت {n} درجة",
                    "مبروك لفريقنا على الفوز، كانت مباراة قوية #كرة_القدم",
                    "ابدأ يومك بالقراءة، ولو عشر صفحات تكفي",
                    "انقطعت الكهرباء عندنا للمرة الثالثة هذا الأسبوع",
                    "شكراً {handle} على التوصية، الكتاب كان رائع",
                    "متطوعين لحملة تنظيف الشاطئ يوم السبت؟ #تطوع");

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
