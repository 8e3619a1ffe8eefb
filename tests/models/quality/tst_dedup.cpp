#include "models/quality/minhashlsh.h"
#include "models/quality/textnormalizer.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

#include <cmath>
#include <tuple>
#include <vector>

using namespace Seedbed::Quality;
using Options = TextNormalizer::Options;
using Option = TextNormalizer::Option;
using Signature = MinHashLsh::Signature;

namespace {

const QString lighthouse = QStringLiteral(
    "The old lighthouse keeper climbed the spiral stairs every evening at dusk, carrying a small "
    "brass lantern and a notebook full of weather observations. He recorded the direction of "
    "the wind, the height of the waves, and the colour of the sky before lighting the great lamp "
    "that guided fishing boats safely home across the dark and restless northern sea.");

const QString bakery = QStringLiteral(
    "Our neighbourhood bakery opens before sunrise so that commuters can buy warm bread on their "
    "way to the station. The owner learned her recipes from a grandmother in Lyon, and she still "
    "weighs flour by hand, refuses to use preservatives, and gives yesterday's loaves to the "
    "shelter down the road every afternoon when the shop finally closes its doors.");

const QString spring = QStringLiteral(
    "春天来了，山坡上的桃花一夜之间全都开放了。孩子们背着书包从小路走过，停下来看蜜蜂在花丛中忙碌地"
    "飞来飞去。老农站在田边，望着刚刚翻过的土地，心里盘算着今年应该种些什么庄稼，才能让全家人过上更"
    "好的日子。");

const QString railway = QStringLiteral(
    "这座城市的地铁系统每天运送数百万名乘客。早高峰时，车厢里挤满了上班族和学生，大家低头看着手机，"
    "偶尔抬头确认站名。工程师们正在规划新的线路，希望在五年之内把郊区的新住宅区和市中心连接起来，减"
    "少道路上的拥堵。");

QStringList words(const QString &text)
{
    QStringList result;
    for (const QString &word : TextNormalizer::normalize(text, Option::RemovePunctuation)
                                   .split(QLatin1Char(' '), Qt::SkipEmptyParts))
        result.append(word);
    return result;
}

QString replaceWord(const QString &text, qsizetype index, const QString &replacement)
{
    QStringList list = text.split(QLatin1Char(' '));
    list[index] = replacement;
    return list.join(QLatin1Char(' '));
}

/* The Jaccard similarity of the word n-gram sets, computed independently of MinHashLsh. */
double wordShingleJaccard(const QString &a, const QString &b, int n)
{
    const auto shingles = [n](const QStringList &list) {
        QSet<QString> set;
        for (qsizetype i = 0; i + n <= list.size(); ++i)
            set.insert(list.mid(i, n).join(QLatin1Char(' ')));
        return set;
    };
    const QSet<QString> sa = shingles(words(a));
    const QSet<QString> sb = shingles(words(b));
    return double(QSet<QString>(sa).intersect(sb).size()) /
           double(QSet<QString>(sa).unite(sb).size());
}

QString randomWord(QRandomGenerator &random)
{
    const int length = 3 + int(random.bounded(7));
    QString word;
    for (int i = 0; i < length; ++i)
        word += QChar(u'a' + random.bounded(26));
    return word;
}

QByteArray littleEndian64(quint64 value)
{
    QByteArray bytes;
    for (int i = 0; i < 8; ++i)
        bytes += char((value >> (8 * i)) & 0xff);
    return bytes;
}

} // namespace

class TestDedup : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void exactKeyFormat();
    void exactKeyEquivalence_data();
    void exactKeyEquivalence();
    void exactKeySeparatorSafety();

    void permutationKernels();
    void bandsAndRows_data();
    void bandsAndRows();
    void explicitBands();
    void parameterClamping();
    void detectUnit();
    void determinism();
    void identicalAndNormalisedTextsAreDuplicates();
    void oneWordChangeIsDuplicate();
    void oneWordChangeRecallOverSeeds();
    void unrelatedTextsAreNotDuplicates();
    void shortTexts();
    void chineseNearDuplicates();
    void estimatedJaccardAccuracy();
    void candidatesAndEarliestDuplicate();
    void wrongSignatureLength();
    void clearAndMemory();
    void stream100k();
};

void TestDedup::normalize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Options>("options");
    QTest::addColumn<QString>("expected");

    const Options none;
    QTest::newRow("plain") << "hello" << none << "hello";
    QTest::newRow("empty") << "" << none << "";
    QTest::newRow("only white space") << " \t\n " << none << "";
    QTest::newRow("case") << "Hello WORLD" << none << "hello world";
    QTest::newRow("full-width letters and digits") << "ＡＢＣ１２３" << none << "abc123";
    QTest::newRow("ideographic space and nbsp") << "a\u3000b\u00a0c" << none << "a b c";
    QTest::newRow("collapse and trim white space") << "  a \t\n\r b  \n" << none << "a b";
    QTest::newRow("line and paragraph separators") << "a\u2028b\u2029c" << none << "a b c";
    QTest::newRow("zero-width and soft hyphen") << "ab\u200bc\u00adde\ufeff" << none << "abcde";
    QTest::newRow("ligature") << "ﬁne ﬂow" << none << "fine flow";
    QTest::newRow("sharp s folds") << "STRASSE" << none << "strasse";
    QTest::newRow("final sigma folds") << "ΟΔΟΣ οδος" << none << "οδοσ οδοσ";
    QTest::newRow("half-width katakana") << "ｶﾀｶﾅ" << none << "カタカナ";
    QTest::newRow("composed and decomposed") << "e\u0301te\u0301" << none << "\u00e9t\u00e9";
    QTest::newRow("chinese full-width punctuation") << "你好，世界！" << none << "你好,世界!";
    QTest::newRow("chinese kept as is") << "  中文 文本  " << none << "中文 文本";
    QTest::newRow("punctuation kept by default") << "Hello, world!" << none << "hello, world!";
    QTest::newRow("remove punctuation")
        << "Hello,world! (Really?)" << Options(Option::RemovePunctuation) << "hello world really";
    QTest::newRow("remove chinese punctuation")
        << "你好，世界。「再见」" << Options(Option::RemovePunctuation) << "你好 世界 再见";
    QTest::newRow("symbols are not punctuation")
        << "C++ costs $5 🌱" << Options(Option::RemovePunctuation) << "c++ costs $5 🌱";
    QTest::newRow("trim punctuation")
        << " « Hello, world! » " << Options(Option::TrimPunctuation) << "hello, world";
    QTest::newRow("trim punctuation to nothing")
        << "?!… " << Options(Option::TrimPunctuation) << "";
    QTest::newRow("trim keeps inner and symbols")
        << "\"a-b\" 🌱." << Options(Option::TrimPunctuation) << "a-b\" 🌱";
}

void TestDedup::normalize()
{
    QFETCH(QString, text);
    QFETCH(Options, options);
    QFETCH(QString, expected);
    QCOMPARE(TextNormalizer::normalize(text, options), expected);
}

void TestDedup::exactKeyFormat()
{
    // The documented encoding: field count, then each field's length and UTF-8 bytes.
    const QByteArray key = TextNormalizer::exactKey({"  ABC ", "Ü"});
    QByteArray encoded =
        littleEndian64(2) + littleEndian64(3) + "abc" + littleEndian64(2) + QString("ü").toUtf8();
    QCOMPARE(key, QCryptographicHash::hash(encoded, QCryptographicHash::Sha256).toHex());
    QCOMPARE(key.size(), 64);
    QCOMPARE(TextNormalizer::exactKey({}),
             QCryptographicHash::hash(littleEndian64(0), QCryptographicHash::Sha256).toHex());
}

void TestDedup::exactKeyEquivalence_data()
{
    QTest::addColumn<QStringList>("a");
    QTest::addColumn<QStringList>("b");
    QTest::addColumn<Options>("options");
    QTest::addColumn<bool>("equal");

    const Options none;
    QTest::newRow("full-width vs ascii")
        << QStringList{"ＧＰＴ－４", "ｏｋ"} << QStringList{"GPT-4", "OK"} << none << true;
    QTest::newRow("case and white space") << QStringList{"What is  the\tcapital?"}
                                          << QStringList{"what is the capital?"} << none << true;
    QTest::newRow("chinese full-width vs ascii comma")
        << QStringList{"你好，世界"} << QStringList{"你好,世界"} << none << true;
    QTest::newRow("different text") << QStringList{"what is the capital?"}
                                    << QStringList{"what is the capitol?"} << none << false;
    QTest::newRow("punctuation differs by default")
        << QStringList{"Hello, world!"} << QStringList{"hello world"} << none << false;
    QTest::newRow("punctuation removed")
        << QStringList{"Hello, world!"} << QStringList{"hello world"}
        << Options(Option::RemovePunctuation) << true;
    QTest::newRow("trailing punctuation trimmed")
        << QStringList{"Hello world."} << QStringList{"hello world"}
        << Options(Option::TrimPunctuation) << true;
    QTest::newRow("field order matters")
        << QStringList{"a", "b"} << QStringList{"b", "a"} << none << false;
}

void TestDedup::exactKeyEquivalence()
{
    QFETCH(QStringList, a);
    QFETCH(QStringList, b);
    QFETCH(Options, options);
    QFETCH(bool, equal);
    QCOMPARE(TextNormalizer::exactKey(a, options) == TextNormalizer::exactKey(b, options), equal);
}

void TestDedup::exactKeySeparatorSafety()
{
    const QList<QStringList> distinct = {
        {"ab", "c"},
        {"a", "bc"},
        {"abc"},
        {"abc", ""},
        {"", "abc"},
        {"a b", "c"},
        {"a", "b c"},
        {"a\u001fb"},
        {"a", "b"},
        {QString(QChar(0)), ""},
        {"", QString(QChar(0))},
        {},
        {""},
        {"", ""},
    };
    QSet<QByteArray> keys;
    for (const QStringList &fields : distinct)
        keys.insert(TextNormalizer::exactKey(fields));
    QCOMPARE(keys.size(), distinct.size());
    // White space only normalises to the empty field.
    QCOMPARE(TextNormalizer::exactKey({"abc", " \t"}), TextNormalizer::exactKey({"abc", ""}));
}

void TestDedup::permutationKernels()
{
    // The multiply-add-shift permutation, checked against 128-bit arithmetic on the edges.
    const auto wide = [](quint64 a, quint64 b, quint32 x) {
        __extension__ typedef unsigned __int128 UInt128;
        return quint32(quint64((UInt128(a) * x + b) & ~quint64(0)) >> 32);
    };
    const quint64 top = ~quint64(0);
    for (const auto &[a, b, x] : QList<std::tuple<quint64, quint64, quint32>>{
             {0, 0, 0}, {top, top, 0xffffffffu}, {top, 0, 1}, {1, top, 0xffffffffu}})
        QCOMPARE(MinHashDetail::permute(a, b, x), wide(a, b, x));

    // Both kernels agree with one permute() per permutation and key, also for counts that are
    // not a multiple of the vector width and for no keys at all.
    QRandomGenerator random(61);
    for (const size_t permutations : {size_t(1), size_t(7), size_t(8), size_t(13), size_t(128)}) {
        std::vector<quint64> a(permutations), b(permutations);
        std::vector<quint32> aLo, aHi, bLo, bHi;
        for (size_t i = 0; i < permutations; ++i) {
            a[i] = random.generate64();
            b[i] = random.generate64();
            aLo.push_back(quint32(a[i]));
            aHi.push_back(quint32(a[i] >> 32));
            bLo.push_back(quint32(b[i]));
            bHi.push_back(quint32(b[i] >> 32));
        }
        const MinHashDetail::Permutations table{aLo.data(), aHi.data(), bLo.data(), bHi.data(),
                                                permutations};
        for (const size_t count : {size_t(0), size_t(1), size_t(5), size_t(300)}) {
            std::vector<quint32> keys(count);
            for (quint32 &key : keys)
                key = random.generate();
            if (count > 1)
                keys[1] = 0xffffffffu;
            std::vector<quint32> expected(permutations, 0xffffffffu);
            for (size_t i = 0; i < permutations; ++i)
                for (const quint32 key : keys)
                    expected[i] = std::min(expected[i], MinHashDetail::permute(a[i], b[i], key));
            for (const bool vector : {false, true}) {
                std::vector<quint32> lowest(permutations, 0xffffffffu);
                MinHashDetail::minima(keys.data(), keys.size(), table, lowest.data(), vector);
                QVERIFY2(lowest == expected, qPrintable(QString("%1 permutations, %2 keys, %3")
                                                            .arg(permutations)
                                                            .arg(count)
                                                            .arg(vector ? "vector" : "scalar")));
            }
        }
    }
    if (!MinHashDetail::vectorKernelAvailable())
        qInfo("this processor has no AVX2: only the scalar kernel ran");

    // Signatures are the same with and without the vector kernel.
    MinHashLsh lsh;
    for (const QString &text : {QString("the quick brown fox jumps over the lazy dog again"),
                                QString("甲乙丙丁戊己庚辛壬癸"), QString()}) {
        QCOMPARE(lsh.signature(text, true), lsh.signature(text, false));
    }
}

void TestDedup::bandsAndRows_data()
{
    QTest::addColumn<double>("threshold");
    QTest::addColumn<int>("permutations");
    QTest::addColumn<int>("expectedBands");

    QTest::newRow("0.5 / 128") << 0.5 << 128 << 32;
    QTest::newRow("0.8 / 128") << 0.8 << 128 << 16;
    QTest::newRow("0.9 / 128") << 0.9 << 128 << 8;
    QTest::newRow("0.5 / 256") << 0.5 << 256 << 0;
    QTest::newRow("0.8 / 256") << 0.8 << 256 << 0;
    QTest::newRow("0.9 / 256") << 0.9 << 256 << 0;
    QTest::newRow("0.8 / 100") << 0.8 << 100 << 0;
    QTest::newRow("0.8 / 64") << 0.8 << 64 << 0;
}

void TestDedup::bandsAndRows()
{
    QFETCH(double, threshold);
    QFETCH(int, permutations);
    QFETCH(int, expectedBands);

    MinHashLsh::Params params;
    params.threshold = threshold;
    params.permutations = permutations;
    const MinHashLsh lsh(params);
    QCOMPARE(lsh.bands() * lsh.rows(), permutations);
    QCOMPARE(lsh.permutations(), permutations);
    if (expectedBands)
        QCOMPARE(lsh.bands(), expectedBands);
    QCOMPARE(MinHashLsh::optimalBandsAndRows(threshold, permutations),
             std::make_pair(lsh.bands(), lsh.rows()));

    // Sensible: the S-curve's steepest point (1/b)^(1/r) lies a little below the threshold
    // (recall is favoured), and a pair at the threshold becomes a candidate most of the time.
    const double b = lsh.bands();
    const double r = lsh.rows();
    const double knee = std::pow(1 / b, 1 / r);
    QVERIFY2(knee <= threshold + 0.05 && knee >= threshold - 0.2,
             qPrintable(QString("b=%1 r=%2 knee=%3").arg(b).arg(r).arg(knee)));
    const double above = 1 - std::pow(1 - std::pow(threshold + 0.05, r), b);
    QVERIFY2(above > 0.6, qPrintable(QString::number(above)));
    // Pairs far below the threshold rarely are.
    const double below = 1 - std::pow(1 - std::pow(threshold - 0.3, r), b);
    QVERIFY2(below < 0.5, qPrintable(QString::number(below)));
}

void TestDedup::explicitBands()
{
    MinHashLsh::Params params;
    params.bands = 32;
    MinHashLsh lsh(params);
    QCOMPARE(lsh.bands(), 32);
    QCOMPARE(lsh.rows(), 4);
    QCOMPARE(lsh.params().bands, 32);

    params.bands = 3; // not a divisor of 128: derived
    MinHashLsh derived(params);
    QCOMPARE(derived.bands(), 16);
    QCOMPARE(derived.rows(), 8);
    QCOMPARE(derived.params().bands, 16);

    // The weights steer the choice: ignoring false negatives picks fewer, longer bands.
    QCOMPARE(MinHashLsh::optimalBandsAndRows(0.8, 128, 0.5, 0.5), std::make_pair(8, 16));
    QVERIFY(MinHashLsh::optimalBandsAndRows(0.8, 128, 1, 0).first <
            MinHashLsh::optimalBandsAndRows(0.8, 128, 0, 1).first);
}

void TestDedup::parameterClamping()
{
    MinHashLsh::Params params;
    params.permutations = 0;
    params.shingleSize = -3;
    params.threshold = 7;
    const MinHashLsh lsh(params);
    QCOMPARE(lsh.permutations(), 1);
    QCOMPARE(lsh.params().shingleSize, 1);
    QCOMPARE(lsh.threshold(), 1.0);
    QCOMPARE(lsh.bands() * lsh.rows(), 1);
    QCOMPARE(lsh.signature(u"anything").size(), 1);
}

void TestDedup::detectUnit()
{
    QCOMPARE(MinHashLsh::detectUnit(spring), MinHashLsh::ShingleUnit::Characters);
    QCOMPARE(MinHashLsh::detectUnit(u"カタカナとひらがなの文章です。"),
             MinHashLsh::ShingleUnit::Characters);
    QCOMPARE(MinHashLsh::detectUnit(u"한국어 문장입니다"), MinHashLsh::ShingleUnit::Characters);
    QCOMPARE(MinHashLsh::detectUnit(lighthouse), MinHashLsh::ShingleUnit::Words);
    QCOMPARE(MinHashLsh::detectUnit(u"The author 鲁迅 wrote many stories"),
             MinHashLsh::ShingleUnit::Words);
    QCOMPARE(MinHashLsh::detectUnit(u""), MinHashLsh::ShingleUnit::Words);
}

void TestDedup::determinism()
{
    MinHashLsh::Params params;
    params.seed = 42;
    const MinHashLsh a(params);
    const MinHashLsh b(params);
    const QString text = QStringLiteral("The quick brown fox jumps over the lazy dog");
    const Signature sig = a.signature(text);
    QCOMPARE(sig.size(), 128);
    QCOMPARE(b.signature(text), sig);
    QCOMPARE(a.signature(text), sig);

    // Fixed values: signatures must not change between runs, platforms or releases, or stored
    // indexes and reproducibility break. (The same values come from the Python reference,
    // tests/benchmarks/minhash_reference.py, which shares no code with this one.)
    const Signature golden = {2198869004, 1821976308, 251251253, 182668613, 99322750, 1652148232};
    QCOMPARE(sig.mid(0, golden.size()), golden);

    params.seed = 43;
    const MinHashLsh other(params);
    const Signature otherSig = other.signature(text);
    QVERIFY(otherSig != sig);
    // Same text, other seed: still identical to itself.
    QCOMPARE(MinHashLsh::estimatedJaccard(otherSig, other.signature(text)), 1.0);
}

void TestDedup::identicalAndNormalisedTextsAreDuplicates()
{
    MinHashLsh lsh;
    const Signature sig = lsh.signature(lighthouse);
    QCOMPARE(lsh.insertOrFindDuplicate(1, sig), std::nullopt);
    QCOMPARE(lsh.size(), 1);
    QCOMPARE(lsh.insertOrFindDuplicate(2, lsh.signature(lighthouse)), std::optional<qint64>(1));
    QCOMPARE(lsh.size(), 1); // a duplicate is not inserted

    // Case, white space and full-width forms do not matter; neither does punctuation, which
    // separates words.
    QString variant = lighthouse.toUpper();
    variant.replace(QLatin1Char(' '), QStringLiteral("  \n"));
    variant.replace(QLatin1Char(','), QChar(0xff0c)); // full-width comma
    QCOMPARE(lsh.signature(variant), sig);
    QCOMPARE(lsh.insertOrFindDuplicate(3, lsh.signature(variant)), std::optional<qint64>(1));
}

void TestDedup::oneWordChangeIsDuplicate()
{
    QCOMPARE(words(lighthouse).size(), 60);
    MinHashLsh lsh;
    QCOMPARE(lsh.insertOrFindDuplicate(10, lsh.signature(lighthouse)), std::nullopt);

    const QStringList raw = lighthouse.split(QLatin1Char(' '));
    QCOMPARE(raw.size(), 60);
    for (const qsizetype index : {qsizetype(0), qsizetype(30), qsizetype(59)}) {
        const QString changed = replaceWord(lighthouse, index, QStringLiteral("zebra"));
        const double trueJaccard = wordShingleJaccard(lighthouse, changed, 5);
        QVERIFY2(trueJaccard > 0.83, qPrintable(QString::number(trueJaccard)));
        const Signature sig = lsh.signature(changed);
        const double estimate = MinHashLsh::estimatedJaccard(lsh.signature(lighthouse), sig);
        qInfo("word %lld changed: true Jaccard %.3f, estimated %.3f", qlonglong(index), trueJaccard,
              estimate);
        QVERIFY(std::abs(estimate - trueJaccard) < 0.1);
        QCOMPARE(lsh.findDuplicate(sig), std::optional<qint64>(10));
        QVERIFY(lsh.candidates(sig).contains(10));
    }
}

void TestDedup::oneWordChangeRecallOverSeeds()
{
    // A change in the middle of 60 words leaves a true Jaccard of 51/61 ≈ 0.836, close to the
    // threshold: the estimate misses it sometimes, but rarely.
    const QString changed = replaceWord(lighthouse, 30, QStringLiteral("zebra"));
    int found = 0;
    constexpr int seeds = 50;
    for (int seed = 1; seed <= seeds; ++seed) {
        MinHashLsh::Params params;
        params.seed = quint64(seed);
        MinHashLsh lsh(params);
        lsh.insert(1, lsh.signature(lighthouse));
        found += lsh.findDuplicate(lsh.signature(changed)).has_value();
    }
    qInfo("middle word changed: found with %d of %d seeds", found, seeds);
    QVERIFY(found >= seeds * 7 / 10);
}

void TestDedup::unrelatedTextsAreNotDuplicates()
{
    MinHashLsh lsh;
    QCOMPARE(lsh.insertOrFindDuplicate(1, lsh.signature(lighthouse)), std::nullopt);
    const Signature sig = lsh.signature(bakery);
    QVERIFY(MinHashLsh::estimatedJaccard(lsh.signature(lighthouse), sig) < 0.1);
    QVERIFY(lsh.candidates(sig).isEmpty());
    QCOMPARE(lsh.insertOrFindDuplicate(2, sig), std::nullopt);
    QCOMPARE(lsh.size(), 2);

    // Half of the text is not a duplicate at 0.8 either.
    const QString half = lighthouse.split(QLatin1Char(' ')).mid(0, 30).join(QLatin1Char(' '));
    QCOMPARE(lsh.insertOrFindDuplicate(3, lsh.signature(half)), std::nullopt);
}

void TestDedup::shortTexts()
{
    MinHashLsh lsh; // shingles of 5 words: these texts are one shingle each
    QCOMPARE(lsh.insertOrFindDuplicate(1, lsh.signature(u"Hello world")), std::nullopt);
    QCOMPARE(lsh.insertOrFindDuplicate(2, lsh.signature(u"  hello,  WORLD!")),
             std::optional<qint64>(1));
    QCOMPARE(lsh.insertOrFindDuplicate(3, lsh.signature(u"Ｈｅｌｌｏ　ｗｏｒｌｄ")),
             std::optional<qint64>(1));
    QCOMPARE(lsh.insertOrFindDuplicate(4, lsh.signature(u"Hello there")), std::nullopt);
    QCOMPARE(lsh.insertOrFindDuplicate(5, lsh.signature(u"world hello")), std::nullopt);
    QCOMPARE(lsh.insertOrFindDuplicate(6, lsh.signature(u"你好")), std::nullopt);
    QCOMPARE(lsh.insertOrFindDuplicate(7, lsh.signature(u"你好！")), std::optional<qint64>(6));
    QCOMPARE(lsh.insertOrFindDuplicate(8, lsh.signature(u"您好")), std::nullopt);
    QCOMPARE(lsh.insertOrFindDuplicate(9, lsh.signature(u"")), std::nullopt);
    QCOMPARE(lsh.insertOrFindDuplicate(10, lsh.signature(u" ... ")), std::optional<qint64>(9));
    QCOMPARE(lsh.size(), 6);
}

void TestDedup::chineseNearDuplicates()
{
    for (const MinHashLsh::ShingleUnit unit :
         {MinHashLsh::ShingleUnit::Auto, MinHashLsh::ShingleUnit::Characters}) {
        MinHashLsh::Params params;
        params.unit = unit;
        MinHashLsh lsh(params);
        QCOMPARE(lsh.insertOrFindDuplicate(1, lsh.signature(spring)), std::nullopt);

        // One character changed (桃花 → 梨花) and punctuation altered.
        QString changed = spring;
        changed.replace(QStringLiteral("桃花"), QStringLiteral("梨花"));
        changed.replace(QStringLiteral("，"), QStringLiteral(", "));
        QVERIFY(changed != spring);
        const Signature sig = lsh.signature(changed);
        const double estimate = MinHashLsh::estimatedJaccard(lsh.signature(spring), sig);
        qInfo("chinese one character changed: estimated Jaccard %.3f", estimate);
        QVERIFY(estimate > 0.8);
        QCOMPARE(lsh.insertOrFindDuplicate(2, sig), std::optional<qint64>(1));

        // One sentence dropped from three is no longer a duplicate at 0.8.
        const QString shorter = spring.left(spring.indexOf(QStringLiteral("老农")));
        QCOMPARE(lsh.insertOrFindDuplicate(3, lsh.signature(shorter)), std::nullopt);

        const Signature unrelated = lsh.signature(railway);
        QVERIFY(MinHashLsh::estimatedJaccard(lsh.signature(spring), unrelated) < 0.1);
        QCOMPARE(lsh.insertOrFindDuplicate(4, unrelated), std::nullopt);
    }

    // Word shingles over unsegmented Chinese still treat every character as a word.
    MinHashLsh::Params params;
    params.unit = MinHashLsh::ShingleUnit::Words;
    const MinHashLsh wordUnits(params);
    params.unit = MinHashLsh::ShingleUnit::Characters;
    const MinHashLsh characterUnits(params);
    QCOMPARE(wordUnits.signature(spring), characterUnits.signature(spring));
}

void TestDedup::estimatedJaccardAccuracy()
{
    // Sets of unique tokens with a known overlap; with single-word shingles the token sets are
    // the shingle sets.
    QRandomGenerator random(20240612);
    int token = 0;
    double totalError128 = 0;
    int trials128 = 0;
    for (const double jaccard : {0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0}) {
        for (int trial = 0; trial < 4; ++trial) {
            const int unionSize = 200 + int(random.bounded(200));
            const int common = int(std::lround(jaccard * unionSize));
            const int onlyA = (unionSize - common) / 2;
            const int onlyB = unionSize - common - onlyA;
            QStringList a, b;
            for (int i = 0; i < common; ++i) {
                const QString t = QStringLiteral("t%1").arg(token++);
                a.append(t);
                b.append(t);
            }
            for (int i = 0; i < onlyA; ++i)
                a.append(QStringLiteral("t%1").arg(token++));
            for (int i = 0; i < onlyB; ++i)
                b.append(QStringLiteral("t%1").arg(token++));
            std::reverse(b.begin(), b.end()); // order does not matter for 1-shingles
            const double truth = double(common) / unionSize;

            for (const int permutations : {128, 256}) {
                MinHashLsh::Params params;
                params.unit = MinHashLsh::ShingleUnit::Words;
                params.shingleSize = 1;
                params.permutations = permutations;
                params.seed = random.generate64();
                const MinHashLsh lsh(params);
                const double estimate =
                    MinHashLsh::estimatedJaccard(lsh.signature(a.join(QLatin1Char(' '))),
                                                 lsh.signature(b.join(QLatin1Char(' '))));
                const double error = std::abs(estimate - truth);
                if (permutations == 128) {
                    totalError128 += error;
                    ++trials128;
                } else {
                    QVERIFY2(error <= 0.1,
                             qPrintable(QString("J=%1 estimate=%2").arg(truth).arg(estimate)));
                }
                if (truth == 0.0 || truth == 1.0)
                    QCOMPARE(estimate, truth);
            }
        }
    }
    const double meanError = totalError128 / trials128;
    qInfo("mean absolute error with 128 permutations: %.4f", meanError);
    QVERIFY(meanError < 0.04); // the standard deviation is at most 0.044
}

void TestDedup::candidatesAndEarliestDuplicate()
{
    MinHashLsh lsh;
    const Signature sig = lsh.signature(lighthouse);
    lsh.insert(7, sig);
    lsh.insert(3, sig); // insert() does not check
    lsh.insert(5, lsh.signature(bakery));
    QCOMPARE(lsh.size(), 3);
    QCOMPARE(lsh.candidates(sig), QList<qint64>({7, 3}));
    QCOMPARE(lsh.findDuplicate(sig), std::optional<qint64>(7));
    QCOMPARE(lsh.candidates(lsh.signature(bakery)), QList<qint64>({5}));
    QVERIFY(lsh.candidates(lsh.signature(spring)).isEmpty());
    QCOMPARE(lsh.findDuplicate(lsh.signature(spring)), std::nullopt);

    // A candidate is verified: a signature that shares one band but is otherwise different
    // is a candidate, not a duplicate.
    Signature oneBand = lsh.signature(spring);
    for (int i = 0; i < lsh.rows(); ++i)
        oneBand[i] = sig[i];
    QCOMPARE(lsh.candidates(oneBand), QList<qint64>({7, 3}));
    QCOMPARE(lsh.findDuplicate(oneBand), std::nullopt);
    // Agreement just above the threshold is a duplicate, just below it is not.
    Signature close = sig;
    const int allowed = 128 - 103; // 103 of 128 ≈ 0.8 after correcting for chance agreement
    for (int i = 0; i < allowed; ++i)
        close[127 - i] = ~sig[127 - i];
    QCOMPARE(lsh.findDuplicate(close), std::optional<qint64>(7));
    close[127 - allowed] = ~sig[127 - allowed];
    QVERIFY(MinHashLsh::estimatedJaccard(sig, close) < 0.8);
    QVERIFY(!lsh.candidates(close).isEmpty());
    QCOMPARE(lsh.findDuplicate(close), std::nullopt);
}

void TestDedup::wrongSignatureLength()
{
    MinHashLsh lsh;
    lsh.insert(1, lsh.signature(lighthouse));
    const Signature shortSig = lsh.signature(lighthouse).mid(0, 64);
    QCOMPARE(lsh.insertOrFindDuplicate(2, shortSig), std::nullopt);
    lsh.insert(3, Signature());
    QCOMPARE(lsh.size(), 1);
    QVERIFY(lsh.candidates(shortSig).isEmpty());
    QCOMPARE(lsh.findDuplicate(shortSig), std::nullopt);
    QCOMPARE(MinHashLsh::estimatedJaccard(shortSig, lsh.signature(lighthouse)), 0.0);
    QCOMPARE(MinHashLsh::estimatedJaccard(Signature(), Signature()), 0.0);
}

void TestDedup::clearAndMemory()
{
    MinHashLsh lsh;
    const qsizetype empty = lsh.memoryBytes();
    QVERIFY(empty > 0);
    QRandomGenerator random(7);
    for (int i = 0; i < 1000; ++i) {
        QStringList text;
        for (int w = 0; w < 20; ++w)
            text.append(randomWord(random));
        QCOMPARE(lsh.insertOrFindDuplicate(i, lsh.signature(text.join(QLatin1Char(' ')))),
                 std::nullopt);
    }
    QCOMPARE(lsh.size(), 1000);
    const qsizetype used = lsh.memoryBytes() - empty;
    // 8 + 128 + 16 bands · 8 bytes / load, load in [3/8, 3/4]; vectors may have slack.
    QVERIFY2(used >= 1000 * (8 + 128 + 16 * 8) && used <= 1000 * 2 * (8 + 128 + 16 * 22),
             qPrintable(QString::number(used)));

    lsh.clear();
    QCOMPARE(lsh.size(), 0);
    QCOMPARE(lsh.memoryBytes(), empty);
    QVERIFY(lsh.candidates(lsh.signature(lighthouse)).isEmpty());

    lsh.reserve(10000);
    const qsizetype reserved = lsh.memoryBytes();
    QVERIFY(reserved >= 10000 * (8 + 128 + 16 * 8));
    for (int i = 0; i < 10000; ++i)
        lsh.insert(i, lsh.signature(QStringLiteral("record %1").arg(i)));
    QCOMPARE(lsh.memoryBytes(), reserved); // no regrowth
}

void TestDedup::stream100k()
{
    // Unique records of 20–40 random words, with exact copies, normalisation variants and
    // near duplicates (last word changed or one word appended) of earlier unique records.
    constexpr int records = 100000;
    QRandomGenerator random(100000);
    QStringList vocabulary;
    for (int i = 0; i < 5000; ++i)
        vocabulary.append(randomWord(random));

    enum Kind { Unique, Copy, Variant, Near };
    QStringList texts;
    QList<Kind> kinds;
    QList<int> sources;
    QList<int> uniques;
    texts.reserve(records);
    for (int i = 0; i < records; ++i) {
        const int dice = uniques.size() < 100 ? 100 : int(random.bounded(100));
        if (dice >= 20) {
            const int length = 20 + int(random.bounded(21));
            QStringList text;
            for (int w = 0; w < length; ++w)
                text.append(vocabulary[random.bounded(vocabulary.size())]);
            texts.append(text.join(QLatin1Char(' ')));
            kinds.append(Unique);
            sources.append(i);
            uniques.append(i);
            continue;
        }
        const int source = uniques[random.bounded(uniques.size())];
        QString text = texts[source];
        Kind kind = Copy;
        if (dice < 5) {
            kind = Variant;
            text = text.toUpper().replace(QLatin1Char(' '), QStringLiteral(" \t")) +
                   QStringLiteral("!");
        } else if (dice < 12) {
            kind = Near;
            text = text.left(text.lastIndexOf(QLatin1Char(' '))) + QStringLiteral(" zzzz");
        } else if (dice < 16) {
            kind = Near;
            text += QStringLiteral(" appended");
        }
        texts.append(text);
        kinds.append(kind);
        sources.append(source);
    }

    MinHashLsh lsh;
    QElapsedTimer timer;
    timer.start();
    const QList<Signature> signatures = QtConcurrent::blockingMapped<QList<Signature>>(
        texts, [&lsh](const QString &text) { return lsh.signature(text); });
    const qint64 signing = timer.restart();
    // Signatures computed on worker threads equal those computed here.
    for (int i = 0; i < records; i += 9973)
        QCOMPARE(signatures[i], lsh.signature(texts[i]));
    timer.restart();

    int falseDuplicates = 0, missedCopies = 0, wrongSource = 0, nearFound = 0, nearTotal = 0;
    for (int i = 0; i < records; ++i) {
        const std::optional<qint64> duplicate = lsh.insertOrFindDuplicate(i, signatures[i]);
        switch (kinds[i]) {
        case Unique:
            falseDuplicates += duplicate.has_value();
            break;
        case Copy:
        case Variant:
            missedCopies += !duplicate.has_value();
            wrongSource += duplicate && *duplicate != sources[i];
            break;
        case Near:
            ++nearTotal;
            nearFound += duplicate.has_value();
            break;
        }
    }
    const qint64 indexing = timer.elapsed();
    qInfo("100k stream: signatures %lld ms (%d threads), index %lld ms, %lld records kept, "
          "%lld bytes per record, near duplicates found %d of %d",
          qlonglong(signing), QThreadPool::globalInstance()->maxThreadCount(), qlonglong(indexing),
          qlonglong(lsh.size()), qlonglong(lsh.memoryBytes() / lsh.size()), nearFound, nearTotal);
    QCOMPARE(falseDuplicates, 0);
    QCOMPARE(missedCopies, 0);
    QCOMPARE(wrongSource, 0);
    QVERIFY(nearTotal > 5000);
    QVERIFY2(nearFound >= nearTotal * 95 / 100, qPrintable(QString::number(nearFound)));
    // Near duplicates that were missed are kept.
    QCOMPARE(lsh.size(), qsizetype(kinds.count(Unique) + nearTotal - nearFound));
}

QTEST_GUILESS_MAIN(TestDedup)
#include "tst_dedup.moc"
