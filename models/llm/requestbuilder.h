#pragma once

#include "models/llm/chattypes.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Seedbed::Llm {

/*! \brief An HTTP request ready to send, before authentication headers are added. */
struct HttpCall
{
    QByteArray method = "POST";
    QString path; //!< appended to the profile's base URL, e.g. "/chat/completions"
    QList<QPair<QByteArray, QByteArray>> headers; //!< besides authentication
    QByteArray body;
};

/*! \brief Builds the wire request of each protocol from a ChatRequest. Pure functions. */
class RequestBuilder
{
public:
    static HttpCall chat(Protocol protocol, const ChatRequest &request);
    static HttpCall embeddings(Protocol protocol, const QString &model, const QStringList &input);
    /*! The request that lists models ("/models", "/api/tags"; Anthropic "/v1/models"). */
    static HttpCall listModels(Protocol protocol);
    /*! The authentication headers for \a key (Bearer, or x-api-key + anthropic-version). */
    static QList<QPair<QByteArray, QByteArray>> authHeaders(Protocol protocol,
                                                            const QByteArray &key);
    /*! Parses an embeddings response into vectors; false and \a error on failure. */
    static bool parseEmbeddings(Protocol protocol, const QByteArray &body,
                                QList<QList<float>> *vectors, ChatError *error);
    /*! Parses a model list response into model names. */
    static bool parseModelList(Protocol protocol, const QByteArray &body, QStringList *models,
                               ChatError *error);
};

} // namespace Seedbed::Llm
