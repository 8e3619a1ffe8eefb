#include "models/llm/redactor.h"

#include <QList>
#include <QMutex>
#include <QStringList>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Seedbed::Llm;

namespace {
QMutex capturedMutex;
QStringList captured;

void captureHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker locker(&capturedMutex);
    captured.append(message);
}
} // namespace

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void redactsText_data();
    void redactsText();
    void redactsBytesExactly();
    void keepsInnocentText_data();
    void keepsInnocentText();
    void registeredSecrets();
    void registeredSecretsIgnoreTooShort();
    void isIdempotent();
    void isThreadSafe();
    void messageHandlerRedactsEveryLevel();
    void messageHandlerInstallIsIdempotent();
};

void TestRedactor::cleanup()
{
    Redactor::forgetAllSecrets();
    Redactor::uninstallMessageHandler();
}

void TestRedactor::redactsText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("authorization header") << "Authorization: Bearer abc123XYZ"
                                          << "Authorization: Bearer [REDACTED]";
    QTest::newRow("authorization lower case") << "authorization:bearer q"
                                              << "authorization:bearer [REDACTED]";
    QTest::newRow("authorization basic") << "Proxy-Authorization: Basic dXNlcjpwYXNz"
                                         << "Proxy-Authorization: Basic [REDACTED]";
    QTest::newRow("x-api-key header") << "x-api-key: key-with-any-shape-42\r\nanthropic-version: 1"
                                      << "x-api-key: [REDACTED]\r\nanthropic-version: 1";
    QTest::newRow("api-key header (Azure)") << "api-key: 0123abcd"
                                            << "api-key: [REDACTED]";
    QTest::newRow("x-api-key upper case") << "X-API-KEY=shortkey"
                                          << "X-API-KEY=[REDACTED]";
    QTest::newRow("json field") << R"({"api_key": "hunter2hunter2", "model": "m"})"
                                << R"({"api_key": "[REDACTED]", "model": "m"})";
    QTest::newRow("json camel case") << R"({"apiKey":"abc"})"
                                     << R"({"apiKey":"[REDACTED]"})";
    QTest::newRow("query parameter") << "GET /v1/models?api_key=abcdef&limit=5"
                                     << "GET /v1/models?api_key=[REDACTED]&limit=5";
    QTest::newRow("qdebug pair") << R"(QList(std::pair("Authorization","Bearer tok_123456789")))"
                                 << R"(QList(std::pair("Authorization","Bearer [REDACTED]")))";
    QTest::newRow("qdebug pair x-api-key") << R"(std::pair("x-api-key", "abcdefgh"))"
                                           << R"(std::pair("x-api-key", "[REDACTED]"))";
    QTest::newRow("bare bearer token")
        << "sent Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig to the server"
        << "sent Bearer [REDACTED] to the server";
    QTest::newRow("openai key") << "key=sk-proj-AbCdEf0123456789xyzXYZ end"
                                << "key=[REDACTED] end";
    QTest::newRow("deepseek key in prose") << "using sk-0123456789abcdef0123456789abcdef now"
                                           << "using [REDACTED] now";
    QTest::newRow("anthropic key") << "(sk-ant-api03-AbC_dEf-0123456789abcdefghijklmnop)"
                                   << "([REDACTED])";
    QTest::newRow("openrouter key") << "sk-or-v1-0123456789abcdef0123456789"
                                    << "[REDACTED]";
    QTest::newRow("zhipu key") << "key 0123456789abcdef0123456789abcdef.AbCdEfGhIjKlMnOp ok"
                               << "key [REDACTED] ok";
    QTest::newRow("google key") << "AIzaSyA0123456789abcdefghijklmnopqrstuv"
                                << "[REDACTED]";
    QTest::newRow("hugging face token") << "hf_abcdefghijklmnopqrstuvwxyz0123456789"
                                        << "[REDACTED]";
    QTest::newRow("several on one line")
        << "Authorization: Bearer a1; x-api-key: b2; sk-0123456789abcdefXYZ"
        << "Authorization: Bearer [REDACTED]; x-api-key: [REDACTED]; [REDACTED]";
}

void TestRedactor::redactsText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Redactor::redact(input), expected);
    QCOMPARE(Redactor::redact(input.toUtf8()), expected.toUtf8());
    QVERIFY(Redactor::containsSecret(input));
}

void TestRedactor::redactsBytesExactly()
{
    // Invalid UTF-8 and NUL bytes around the key survive byte for byte.
    const QByteArray before("\xff\xfe\x00 Authorization: Bearer zzzzzzzz \xc3\x28 tail", 41);
    const QByteArray after = Redactor::redact(before);
    QCOMPARE(after, QByteArray("\xff\xfe\x00 Authorization: Bearer [REDACTED] \xc3\x28 tail", 43));
}

void TestRedactor::keepsInnocentText_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << "";
    QTest::newRow("prose") << "The request to https://api.deepseek.com/v1/chat/completions failed";
    QTest::newRow("key variable name") << "keyEnvironmentVariable: DEEPSEEK_API_KEY";
    QTest::newRow("task names") << "task-0123456789abcdefghij and desk-0123456789abcdefghij";
    QTest::newRow("short sk") << "sk-short";
    QTest::newRow("json without keys") << R"({"model": "deepseek-chat", "max_tokens": 1})";
    QTest::newRow("chinese") << "密钥无效，请检查配置";
}

void TestRedactor::keepsInnocentText()
{
    QFETCH(QString, input);
    QCOMPARE(Redactor::redact(input), input);
    QVERIFY(!Redactor::containsSecret(input));
}

void TestRedactor::registeredSecrets()
{
    const QByteArray canary = "canary-Key_Of%Any+Shape";
    QCOMPARE(Redactor::redact(QString("value canary-Key_Of%Any+Shape.")),
             QString("value canary-Key_Of%Any+Shape."));
    Redactor::registerSecret(canary + "\n"); // surrounding whitespace is not part of it
    QCOMPARE(Redactor::redact(QString("value canary-Key_Of%Any+Shape.")),
             QString("value [REDACTED]."));
    QCOMPARE(Redactor::redact(QByteArray("<canary-Key_Of%Any+Shape>")), QByteArray("<[REDACTED]>"));

    // A secret containing another is replaced as a whole, in any registration order.
    Redactor::registerSecret("inner-secret");
    Redactor::registerSecret("outer-inner-secret-2");
    QCOMPARE(Redactor::redact(QString("a outer-inner-secret-2 b inner-secret")),
             QString("a [REDACTED] b [REDACTED]"));

    const QByteArray utf8Secret = "密钥-ключ-0123";
    Redactor::registerSecret(utf8Secret);
    QCOMPARE(Redactor::redact(QString::fromUtf8("x " + utf8Secret + " y")),
             QString("x [REDACTED] y"));
    QCOMPARE(Redactor::redact(QByteArray("x " + utf8Secret + " y")), QByteArray("x [REDACTED] y"));

    Redactor::forgetSecret(canary);
    QCOMPARE(Redactor::redact(QString("canary-Key_Of%Any+Shape")),
             QString("canary-Key_Of%Any+Shape"));
}

void TestRedactor::registeredSecretsIgnoreTooShort()
{
    Redactor::registerSecret("abc");
    Redactor::registerSecret("   ");
    QCOMPARE(Redactor::redact(QString("abc abc")), QString("abc abc"));
}

void TestRedactor::isIdempotent()
{
    const QString once = Redactor::redact(QString("Authorization: Bearer sk-0123456789abcdefXYZ"));
    QCOMPARE(Redactor::redact(once), once);
    QVERIFY(!once.contains("sk-0123456789abcdefXYZ"));
}

void TestRedactor::isThreadSafe()
{
    std::atomic<int> leaks{0};
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads.append(QThread::create([t, &leaks] {
            for (int i = 0; i < 300; ++i) {
                const QByteArray secret =
                    "thread-secret-" + QByteArray::number(t) + "-" + QByteArray::number(i);
                Redactor::registerSecret(secret);
                if (Redactor::redact(QString::fromLatin1("[" + secret + "]")).contains("secret"))
                    ++leaks;
                if (i % 3 == 0)
                    Redactor::forgetSecret(secret);
            }
        }));
    }
    for (QThread *thread : threads)
        thread->start();
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    QCOMPARE(leaks.load(), 0);
}

void TestRedactor::messageHandlerRedactsEveryLevel()
{
    captured.clear();
    const QtMessageHandler original = qInstallMessageHandler(captureHandler);
    const QByteArray canary = "CANARY-9f8e7d6c5b4a";
    Redactor::registerSecret(canary);
    Redactor::installMessageHandler();
    QVERIFY(Redactor::isMessageHandlerInstalled());

    qDebug() << "debug" << canary;
    qInfo("info %s", canary.constData());
    qWarning().noquote() << "warning: Authorization: Bearer" << canary;
    qWarning() << QList<QPair<QByteArray, QByteArray>>{{"x-api-key", "unregistered-key-1"}};
    qCritical("critical sk-ant-api03-0123456789abcdefghij");

    Redactor::uninstallMessageHandler();
    QVERIFY(!Redactor::isMessageHandlerInstalled());
    qInstallMessageHandler(original);

    QCOMPARE(captured.size(), 5);
    for (const QString &line : std::as_const(captured)) {
        QVERIFY2(!line.contains(QString::fromLatin1(canary)), qPrintable(line));
        QVERIFY2(!line.contains("unregistered-key-1"), qPrintable(line));
        QVERIFY2(!line.contains("sk-ant-api03"), qPrintable(line));
        QVERIFY2(line.contains("[REDACTED]"), qPrintable(line));
    }
    QVERIFY(captured.first().startsWith("debug"));
}

void TestRedactor::messageHandlerInstallIsIdempotent()
{
    captured.clear();
    const QtMessageHandler original = qInstallMessageHandler(captureHandler);
    Redactor::installMessageHandler();
    Redactor::installMessageHandler(); // must not wrap itself (that would recurse forever)
    qWarning("x-api-key: once");
    Redactor::uninstallMessageHandler();
    qWarning("after uninstall");
    qInstallMessageHandler(original);
    QCOMPARE(captured, QStringList({"x-api-key: [REDACTED]", "after uninstall"}));
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
