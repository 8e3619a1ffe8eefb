#include "models/quality/textsafety.h"

#include <QJsonArray>
#include <QLocale>
#include <QTest>

using namespace Seedbed::Quality;
using Language = TextSafety::Language;
using Kind = TextSafety::PiiKind;

Q_DECLARE_METATYPE(TextSafety::Language)

namespace {
QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// The kinds findPii() reports, in order, with the matched text: "email:a@b.co".
QStringList pii(const QString &text)
{
    QStringList found;
    for (const TextSafety::PiiMatch &m : TextSafety::findPii(text))
        found << TextSafety::piiKey(m.kind) + ':' + text.mid(m.start, m.length);
    return found;
}
} // namespace

class TestTextSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void detectLanguage_data();
    void detectLanguage();
    void languageRule();
    void blocklist_data();
    void blocklist();
    void checksums();
    void findPii_data();
    void findPii();
    void flagAndMask();
    void rulesInOrder();
};

void TestTextSafety::initTestCase()
{
    // The list of kinds in a reason is joined as the user's locale joins lists.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTextSafety::detectLanguage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Language>("language");

    QTest::newRow("chinese") << u8("如何重置我的账户密码？请按照以下步骤操作。")
                             << Language::Chinese;
    QTest::newRow("traditional chinese") << u8("這是一個測試句子。") << Language::Chinese;
    QTest::newRow("chinese with english terms")
        << u8("用 Python 写一个 quicksort 函数，并解释它的时间复杂度。") << Language::Chinese;
    QTest::newRow("chinese with numbers")
        << u8("2024年5月1日，价格为 1,299 元。") << Language::Chinese;
    QTest::newRow("english") << "How do I reset my account password?" << Language::English;
    QTest::newRow("english with chinese name")
        << u8("The Forbidden City (故宫) is in the centre of Beijing and draws millions of "
              "visitors every year.")
        << Language::English;
    QTest::newRow("french is latin script")
        << u8("Où est la bibliothèque, s'il vous plaît ?") << Language::English;
    QTest::newRow("decomposed accents") << u8("cafe\u0301 au lait") << Language::English;
    QTest::newRow("japanese") << u8("東京は日本の首都です。") << Language::Other;
    QTest::newRow("korean") << u8("안녕하세요, 만나서 반갑습니다.") << Language::Other;
    QTest::newRow("russian") << u8("Привет, как дела?") << Language::Other;
    QTest::newRow("arabic") << u8("مرحبا بالعالم") << Language::Other;
    QTest::newRow("numbers only") << "12345 + 678 = 13023" << Language::Undetermined;
    QTest::newRow("punctuation and emoji") << u8("!!! ??? 🙂🙂") << Language::Undetermined;
    QTest::newRow("empty") << "" << Language::Undetermined;
    QTest::newRow("han outside the BMP") << u8("𠀀𠀁𠀂𠀃") << Language::Chinese;
}

void TestTextSafety::detectLanguage()
{
    QFETCH(QString, text);
    QFETCH(Language, language);
    QCOMPARE(TextSafety::detectLanguage(text), language);
}

void TestTextSafety::languageRule()
{
    const QJsonObject chinese{
        {"question", u8("什么是机器学习？")},
        {"answer", u8("机器学习是人工智能的一个分支，让计算机从数据中学习。")},
        {"category", "ml"}};
    const QJsonObject english{{"question", "What is machine learning?"},
                              {"answer", "A branch of AI in which computers learn from data."}};
    const QJsonObject numbers{{"answer", "42"}};

    QVERIFY(!TextSafety::apply({{"language", "zh"}}, chinese).reason);
    QVERIFY(!TextSafety::apply({{"language", "any"}}, english).reason);
    QVERIFY(!TextSafety::apply({}, english).reason);
    const SafetyVerdict wrong = TextSafety::apply({{"language", "zh"}}, english);
    QVERIFY(wrong.reason);
    QCOMPARE(*wrong.reason, "the text is English (Latin script), not Chinese");
    QCOMPARE(wrong.fields, english);
    QVERIFY(TextSafety::apply({{"language", "en"}}, chinese).reason);
    QVERIFY(!TextSafety::apply({{"language", "en"}}, english).reason);
    QVERIFY(TextSafety::apply({{"language", "other"}}, english).reason);
    QVERIFY(!TextSafety::apply({{"language", "other"}}, {{"text", u8("Привет, мир")}}).reason);
    // Undetermined text is in no wrong language.
    QVERIFY(!TextSafety::apply({{"language", "zh"}}, numbers).reason);
    // Strings inside arrays count (chat messages).
    const QJsonObject chat{
        {"messages",
         QJsonArray{QJsonObject{{"role", "user"}, {"content", u8("你好，请介绍一下你自己。")}},
                    QJsonObject{{"role", "assistant"},
                                {"content", u8("你好！我是一个乐于助人的助手。")}}}}};
    QVERIFY(!TextSafety::apply({{"language", "zh"}}, chat).reason);
    QVERIFY(TextSafety::apply({{"language", "en"}}, chat).reason);
}

void TestTextSafety::blocklist_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("blocklist");
    QTest::addColumn<QString>("found"); // empty: none

    const QStringList words{"ass", "As an AI", u8("暴力"), "  ", "c++"};
    QTest::newRow("whole word") << "You ass." << words << "ass";
    QTest::newRow("not inside a word") << "This class passes the assessment." << words << "";
    QTest::newRow("case-insensitive phrase")
        << "Well, AS AN ai language model, I..." << words << "As an AI";
    QTest::newRow("phrase not across words") << "has an aim" << words << "";
    QTest::newRow("cjk substring") << u8("这部电影有很多暴力镜头。") << words << u8("暴力");
    QTest::newRow("cjk not present") << u8("这部电影很温馨。") << words << "";
    QTest::newRow("symbols in entry") << "I like C++ a lot" << words << "c++";
    QTest::newRow("digit boundary") << "ass1" << words << "";
    QTest::newRow("underscore-free boundary") << "ass-kicking" << words << "ass";
    QTest::newRow("accented neighbour") << u8("éass") << words << "";
    QTest::newRow("full width and case") << u8("ＳＰＡＭ here") << QStringList{"Spam"} << "Spam";
    QTest::newRow("greek case") << u8("ΣΟΦΙΑ") << QStringList{u8("σοφια")} << u8("σοφια");
    QTest::newRow("empty list") << "anything" << QStringList() << "";
}

void TestTextSafety::blocklist()
{
    QFETCH(QString, text);
    QFETCH(QStringList, blocklist);
    QFETCH(QString, found);
    const std::optional<QString> hit = TextSafety::findBlocked(text, blocklist);
    QCOMPARE(hit.value_or(QString()), found);

    const SafetyVerdict verdict = TextSafety::apply({{"blocklist", blocklist}}, {{"answer", text}});
    QCOMPARE(verdict.reason.has_value(), !found.isEmpty());
    if (verdict.reason)
        QCOMPARE(*verdict.reason, u8("“answer” contains the blocked word “%1”").arg(found));
}

void TestTextSafety::checksums()
{
    // Luhn: test card numbers published by the networks.
    QVERIFY(TextSafety::luhnValid(u"4111111111111111"));
    QVERIFY(TextSafety::luhnValid(u"5555555555554444"));
    QVERIFY(TextSafety::luhnValid(u"378282246310005"));
    QVERIFY(TextSafety::luhnValid(u"6212345678901265")); // UnionPay test number
    QVERIFY(!TextSafety::luhnValid(u"4111111111111112"));
    QVERIFY(!TextSafety::luhnValid(u"41111111a1111111"));
    QVERIFY(!TextSafety::luhnValid(u""));

    // Chinese resident ID: the sample from GB 11643-1999 and variants.
    QVERIFY(TextSafety::chineseIdValid(u"11010519491231002X"));
    QVERIFY(TextSafety::chineseIdValid(u"11010519491231002x"));
    QVERIFY(TextSafety::chineseIdValid(u"440524198001010013"));
    QVERIFY(TextSafety::chineseIdValid(u"320106199912311231"));
    QVERIFY(
        !TextSafety::chineseIdValid(u"440524188001010014")); // born 1880: checksum right, date not
    QVERIFY(!TextSafety::chineseIdValid(u"110105194912310021")); // wrong check character
    QVERIFY(!TextSafety::chineseIdValid(u"440524198001010014"));
    QVERIFY(!TextSafety::chineseIdValid(u"11010519491331002X")); // month 13 (checksum aside)
    QVERIFY(!TextSafety::chineseIdValid(u"11010519491231002"));  // 17 characters
}

void TestTextSafety::findPii_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("found");

    QTest::newRow("email") << "Write to jane.doe+news@example.co.uk today."
                           << QStringList{"email:jane.doe+news@example.co.uk"};
    QTest::newRow("email in chinese")
        << u8("请发邮件到zhang.san@qq.com联系我") << QStringList{"email:zhang.san@qq.com"};
    QTest::newRow("not an email") << "user@localhost and @handle and a@b" << QStringList{};
    QTest::newRow("international phone")
        << "Call +1 (415) 555-2671 now" << QStringList{"phone:+1 (415) 555-2671"};
    QTest::newRow("international phone compact")
        << "WhatsApp: +447911123456" << QStringList{"phone:+447911123456"};
    QTest::newRow("plus 86 mobile")
        << u8("电话：+86 138 1234 5678") << QStringList{"phone:+86 138 1234 5678"};
    QTest::newRow("chinese mobile")
        << u8("我的手机号是13812345678，谢谢") << QStringList{"phone:13812345678"};
    QTest::newRow("chinese mobile grouped")
        << "mobile 139-1234-5678." << QStringList{"phone:139-1234-5678"};
    QTest::newRow("mixed separators are not a phone") << "139 1234-5678" << QStringList{};
    QTest::newRow("not a mobile prefix") << "12812345678" << QStringList{};
    QTest::newRow("longer number is not a mobile") << "138123456789" << QStringList{};
    QTest::newRow("chinese id") << u8("身份证号：11010519491231002X。")
                                << QStringList{"id:11010519491231002X"};
    QTest::newRow("id with bad checksum") << "110105194912310021" << QStringList{};
    QTest::newRow("card grouped") << "card 4111 1111 1111 1111 exp 12/29"
                                  << QStringList{"card:4111 1111 1111 1111"};
    QTest::newRow("card dashes") << "5555-5555-5555-4444"
                                 << QStringList{"card:5555-5555-5555-4444"};
    QTest::newRow("amex") << "3782 822463 10005" << QStringList{"card:3782 822463 10005"};
    QTest::newRow("card compact") << "pay with 6212345678901265"
                                  << QStringList{"card:6212345678901265"};
    QTest::newRow("card failing luhn") << "4111 1111 1111 1112" << QStringList{};
    QTest::newRow("millisecond timestamp") << "ts=1700000000000" << QStringList{};
    QTest::newRow("all one digit") << "4444 4444 4444 4444" << QStringList{};
    QTest::newRow("order number") << "Order #20240501123456 shipped" << QStringList{};
    QTest::newRow("spaced digits") << "1 2 3 4 5 6 7 8 9 0 1 2 3" << QStringList{};
    QTest::newRow("year and price") << "In 2024 it cost 1,299.00 yuan" << QStringList{};
    QTest::newRow("several") << u8("联系 a@b.cn 或 13912345678，卡号 4111111111111111。")
                             << QStringList{"email:a@b.cn", "phone:13912345678",
                                            "card:4111111111111111"};
}

void TestTextSafety::findPii()
{
    QFETCH(QString, text);
    QFETCH(QStringList, found);
    QCOMPARE(pii(text), found);
}

void TestTextSafety::flagAndMask()
{
    const QJsonObject record{
        {"question", u8("我的邮箱是 li.lei@example.com，手机 13812345678，能帮我查订单吗？")},
        {"answer", "Sure. Your card 4111 1111 1111 1111 and ID 11010519491231002X are on file; "
                   "write to help@shop.example.com."},
        {"score", 7},
        {"messages", QJsonArray{QJsonObject{{"content", "call +44 7911 123456"}}}}};

    const SafetyVerdict off = TextSafety::apply({{"pii", "off"}}, record);
    QVERIFY(!off.reason);
    QCOMPARE(off.fields, record);
    QVERIFY(off.meta.isEmpty());

    const SafetyVerdict flagged = TextSafety::apply({{"pii", "flag"}}, record);
    QVERIFY(flagged.reason);
    QCOMPARE(*flagged.reason, "contains personal information: an email address, a phone number, "
                              "an ID number, and a card number");
    QCOMPARE(flagged.fields, record);
    QCOMPARE(flagged.meta.value("pii").toObject(),
             (QJsonObject{{"email", 2}, {"phone", 2}, {"id", 1}, {"card", 1}}));

    const SafetyVerdict masked = TextSafety::apply({{"pii", "mask"}}, record);
    QVERIFY(!masked.reason);
    QCOMPARE(masked.fields.value("question").toString(),
             u8("我的邮箱是 [EMAIL]，手机 [PHONE]，能帮我查订单吗？"));
    QCOMPARE(masked.fields.value("answer").toString(),
             "Sure. Your card [CARD] and ID [ID] are on file; write to [EMAIL].");
    QCOMPARE(masked.fields.value("score"), QJsonValue(7));
    QCOMPARE(masked.fields.value("messages").toArray().at(0).toObject().value("content"),
             QJsonValue("call [PHONE]"));
    QCOMPARE(masked.meta.value("masked").toObject(),
             (QJsonObject{{"email", 2}, {"phone", 2}, {"id", 1}, {"card", 1}}));

    // Nothing to mask: unchanged, no meta.
    const QJsonObject clean{{"answer", "Nothing personal here, order 20240501 shipped."}};
    const SafetyVerdict none = TextSafety::apply({{"pii", "mask"}}, clean);
    QVERIFY(!none.reason);
    QCOMPARE(none.fields, clean);
    QVERIFY(none.meta.isEmpty());
}

void TestTextSafety::rulesInOrder()
{
    // Language first, then the blocklist, then personal information.
    const QJsonObject record{{"answer", "As an AI, mail me at x@y.com"}};
    const QVariantMap all{
        {"language", "zh"}, {"blocklist", QStringList{"as an ai"}}, {"pii", "flag"}};
    QVERIFY(TextSafety::apply(all, record).reason->startsWith("the text is"));
    QVariantMap noLanguage = all;
    noLanguage.remove("language");
    QVERIFY(TextSafety::apply(noLanguage, record).reason->contains("blocked word"));
    noLanguage.remove("blocklist");
    QVERIFY(TextSafety::apply(noLanguage, record).reason->contains("personal information"));
}

QTEST_GUILESS_MAIN(TestTextSafety)
#include "tst_textsafety.moc"
