#pragma once

#include <QByteArray>
#include <QString>

namespace Seedbed::Llm {

/*! \brief Removes API keys from text before it is logged, shown or stored.

    Redacts the values of the \c Authorization, \c Proxy-Authorization, \c x-api-key,
    \c api-key headers (and \c api_key / \c apikey parameters), \c Bearer tokens, common key
    shapes (\c sk-…, \c sk-ant-…, \c sk-or-…, Zhipu's \c id.secret, Google's \c AIza…,
    Hugging Face's \c hf_…) and every secret registered with registerSecret(). What is removed
    is replaced by placeholder(); the rest of the text is kept as it was.

    All functions are static and thread-safe. */
class Redactor
{
public:
    /*! Shorter secrets are not registered: replacing them would garble unrelated text. */
    static constexpr qsizetype minimumSecretLength = 6;

    /*! The replacement text, "[REDACTED]". */
    static QString placeholder();

    static QString redact(const QString &text);
    /*! Byte-exact apart from the redactions, whatever the encoding of \a bytes. */
    static QByteArray redact(const QByteArray &bytes);
    /*! Whether \a text contains something redact() would remove. */
    static bool containsSecret(const QString &text);

    /*! Redacts \a secret (a key read at run time) everywhere from now on. Surrounding
        whitespace is ignored; secrets shorter than minimumSecretLength are ignored. */
    static void registerSecret(const QByteArray &secret);
    /*! Stops redacting \a secret by itself (key shapes are still redacted). */
    static void forgetSecret(const QByteArray &secret);
    static void forgetAllSecrets();

    /*! Wraps the current Qt message handler so that every qDebug / qInfo / qWarning /
        qCritical / qFatal line is redacted before it reaches it. Idempotent. */
    static void installMessageHandler();
    /*! Puts back the handler that installMessageHandler() wrapped, unless another handler
        was installed on top of it since. */
    static void uninstallMessageHandler();
    static bool isMessageHandlerInstalled();
};

} // namespace Seedbed::Llm
