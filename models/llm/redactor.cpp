#include "models/llm/redactor.h"

#include <QList>
#include <QMutex>
#include <QReadWriteLock>
#include <QRegularExpression>

#include <algorithm>
#include <atomic>
#include <cstdio>

namespace Seedbed::Llm {

namespace {
struct SecretRegistry
{
    QReadWriteLock lock;
    // Longest first, so that a secret containing another is replaced as a whole.
    QList<QByteArray> secrets;
    QList<QString> utf8Forms;   // for QString input
    QList<QString> latin1Forms; // for QByteArray input, which is searched as Latin-1
};

Q_GLOBAL_STATIC(SecretRegistry, registry)

struct Pattern
{
    QRegularExpression expression;
    QString replacement;
};

// Built once; QRegularExpression may be used from several threads at once.
const QList<Pattern> &patterns()
{
    static const QList<Pattern> list = [] {
        const QString marker = Redactor::placeholder();
        const auto options = QRegularExpression::CaseInsensitiveOption;
        return QList<Pattern>{
            // Header or parameter name, separator, then the value (with an optional scheme
            // such as "Bearer"). Covers "Authorization: Bearer x", "x-api-key=x",
            // {"api-key": "x"} and QDebug's ("Authorization", "Bearer x").
            {QRegularExpression(
                 QStringLiteral(R"((?<![A-Za-z0-9_-])((?:proxy-)?authorization|x-api-key|)"
                                R"(x-goog-api-key|api-key|api_key|apikey))"
                                R"((["']?\s*[:=]\s*["']?|["']\s*,\s*["']))"
                                R"(((?:(?:bearer|basic|token)\s+)?+)[^\s"'&,;<>()\[\]{}]+)"),
                 options),
             QStringLiteral("\\1\\2\\3") + marker},
            {QRegularExpression(QStringLiteral(R"(\b(bearer\s+)[A-Za-z0-9._~+/=-]{8,})"), options),
             QStringLiteral("\\1") + marker},
            {QRegularExpression(
                 QStringLiteral(R"((?<![A-Za-z0-9_-])sk-(?:ant-|proj-|or-)?[A-Za-z0-9_-]{16,})")),
             marker},
            // Zhipu: 32 hex digits, a dot, a 16-character secret.
            {QRegularExpression(QStringLiteral(R"(\b[0-9a-f]{32}\.[A-Za-z0-9]{16}\b)")), marker},
            {QRegularExpression(QStringLiteral(R"(\bAIza[0-9A-Za-z_-]{35})")), marker},
            {QRegularExpression(QStringLiteral(R"(\bhf_[A-Za-z0-9]{30,})")), marker},
        };
    }();
    return list;
}

QString applyPatterns(QString text)
{
    for (const Pattern &pattern : patterns())
        text.replace(pattern.expression, pattern.replacement);
    return text;
}

QString redactWith(QString text, const QList<QString> &secrets)
{
    const QString marker = Redactor::placeholder();
    for (const QString &secret : secrets)
        text.replace(secret, marker);
    return applyPatterns(std::move(text));
}

std::atomic<QtMessageHandler> previousHandler{nullptr};
std::atomic<bool> handlerInstalled{false};
QBasicMutex installMutex;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = Redactor::redact(message);
    if (const QtMessageHandler previous = previousHandler.load()) {
        previous(type, context, clean);
        return;
    }
    // Only between installing and remembering the previous handler: print like Qt would.
    const QByteArray line = qFormatLogMessage(type, context, clean).toLocal8Bit();
    std::fprintf(stderr, "%s\n", line.constData());
}
} // namespace

QString Redactor::placeholder()
{
    return QStringLiteral("[REDACTED]");
}

QString Redactor::redact(const QString &text)
{
    if (text.isEmpty())
        return text;
    QList<QString> secrets;
    {
        QReadLocker locker(&registry->lock);
        secrets = registry->utf8Forms;
    }
    return redactWith(text, secrets);
}

QByteArray Redactor::redact(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return bytes;
    QList<QString> secrets;
    {
        QReadLocker locker(&registry->lock);
        secrets = registry->latin1Forms;
    }
    // Latin-1 maps every byte to one character and back, so invalid UTF-8 or binary data
    // survives untouched; the patterns are plain ASCII.
    return redactWith(QString::fromLatin1(bytes), secrets).toLatin1();
}

bool Redactor::containsSecret(const QString &text)
{
    return redact(text) != text;
}

void Redactor::registerSecret(const QByteArray &secret)
{
    const QByteArray trimmed = secret.trimmed();
    if (trimmed.size() < minimumSecretLength)
        return;
    QWriteLocker locker(&registry->lock);
    if (registry->secrets.contains(trimmed))
        return;
    const auto position =
        std::find_if(registry->secrets.cbegin(), registry->secrets.cend(),
                     [&](const QByteArray &other) { return other.size() < trimmed.size(); });
    const qsizetype index = position - registry->secrets.cbegin();
    registry->secrets.insert(index, trimmed);
    registry->utf8Forms.insert(index, QString::fromUtf8(trimmed));
    registry->latin1Forms.insert(index, QString::fromLatin1(trimmed));
}

void Redactor::forgetSecret(const QByteArray &secret)
{
    QWriteLocker locker(&registry->lock);
    const qsizetype index = registry->secrets.indexOf(secret.trimmed());
    if (index < 0)
        return;
    registry->secrets.removeAt(index);
    registry->utf8Forms.removeAt(index);
    registry->latin1Forms.removeAt(index);
}

void Redactor::forgetAllSecrets()
{
    QWriteLocker locker(&registry->lock);
    registry->secrets.clear();
    registry->utf8Forms.clear();
    registry->latin1Forms.clear();
}

void Redactor::installMessageHandler()
{
    QMutexLocker locker(&installMutex);
    if (handlerInstalled.load())
        return;
    handlerInstalled.store(true);
    // qInstallMessageHandler returns Qt's default handler when none was installed.
    previousHandler.store(qInstallMessageHandler(redactingHandler));
}

void Redactor::uninstallMessageHandler()
{
    QMutexLocker locker(&installMutex);
    if (!handlerInstalled.load())
        return;
    const QtMessageHandler previous = previousHandler.load();
    const QtMessageHandler current = qInstallMessageHandler(previous);
    if (current != redactingHandler) {
        // Someone wrapped us; removing ourselves would unhook them too.
        qInstallMessageHandler(current);
        return;
    }
    handlerInstalled.store(false);
}

bool Redactor::isMessageHandlerInstalled()
{
    return handlerInstalled.load();
}

} // namespace Seedbed::Llm
