#pragma once

#include "models/projecterror.h"
#include "models/prompttemplate.h"
#include "models/stage.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace Seedbed {

/*! \brief The content of a \c project.seedbed file. */
struct ProjectData
{
    QString name;
    QList<Stage> stages;
    QList<Edge> edges;
    QList<PromptTemplate> templates;
    /*! Keys this version does not know, at the top level and per stage: kept and written
        back, so that a file from a newer minor version or with hand-added notes survives a
        save. */
    QJsonObject extra;
    QHash<QUuid, QJsonObject> stageExtra;
};

/*! \brief Reads and writes \c project.seedbed: pretty-printed JSON with a fixed key and element
    order, so that an unchanged project saves byte-identically and a one-field edit is a
    one-line diff. Pure functions; no file access. */
class ProjectFormat
{
public:
    static constexpr char formatId[] = "seedbed-project";
    static constexpr int currentVersion = 1;
    static constexpr char fileName[] = "project.seedbed";
    static constexpr char databaseName[] = "data.sqlite";

    static QByteArray serialize(const ProjectData &data);
    /*! Parses \a bytes; \a source names the file in error messages. On failure \a error says
        whether the file is foreign, corrupt or from a newer Seedbed, and where. */
    static bool parse(const QByteArray &bytes, const QString &source, ProjectData *data,
                      ProjectError *error);

    // Pieces, shared with the clipboard.
    static QJsonObject stageToJson(const Stage &stage);
    static QJsonObject edgeToJson(const Edge &edge);
    static QJsonObject templateToJson(const PromptTemplate &promptTemplate);
    static bool stageFromJson(const QJsonObject &object, Stage *stage, QString *problem);
    static bool edgeFromJson(const QJsonObject &object, Edge *edge, QString *problem);
    static bool templateFromJson(const QJsonObject &object, PromptTemplate *promptTemplate,
                                 QString *problem);
    /*! Converts settings read from JSON to the value types of the stage type's schema
        (whole numbers to int, lists to QStringList…); unknown keys are kept as they are. */
    static QVariantMap normalizedSettings(const QString &type, const QVariantMap &settings);
    /*! The writer configured with the file's key order. */
    static QByteArray toBytes(const QJsonObject &object);
};

} // namespace Seedbed
