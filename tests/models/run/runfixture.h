#pragma once

// A temporary project with its data.sqlite and a loopback OpenAI-compatible server, for the
// tests that run pipelines through the runner: start a run, wait for its summary, count and
// read back records and the export.

#include "models/projectstore.h"
#include "models/run/runner.h"

#include "../llm/loopbackserver.h"
#include "../llm/openaiwire.h"
#include "pipelinefixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

namespace Seedbed::Test {

inline Script reply(const QString &content)
{
    return streamed(openAiStream({content}));
}

struct RunFixture
{
    QTemporaryDir dir;
    std::unique_ptr<LoopbackServer> server;

    explicit RunFixture(LoopbackServer::Responder responder)
    {
        ProjectStore store;
        ProjectError error;
        if (!store.create(dir.filePath(QStringLiteral("data.sqlite")), &error))
            qFatal("cannot create the store: %s", qPrintable(error.message));
        server = std::make_unique<LoopbackServer>(std::move(responder));
    }

    Run::RunOptions options(const ProjectData &project = Standard::pipeline()) const
    {
        Run::RunOptions o;
        o.projectDir = dir.path();
        o.project = project;
        Llm::ProviderProfile profile;
        profile.id = QStringLiteral("loopback-id");
        profile.name = QStringLiteral("Loopback");
        profile.baseUrl = server->url(QStringLiteral("/v1"));
        profile.maxConcurrency = 16;
        profile.maxAttempts = 1;
        o.profiles = {profile};
        return o;
    }

    Run::RunSummary run(const Run::RunOptions &o, int timeoutMs = 20000) const
    {
        Run::Runner runner;
        QSignalSpy finished(&runner, &Run::Runner::finished);
        if (!runner.start(o))
            qFatal("the runner did not start");
        if (!finished.wait(timeoutMs))
            qFatal("the run did not finish in time");
        return finished.at(0).at(0).value<Run::RunSummary>();
    }

    qint64 count(const QString &sql) const
    {
        const QString name = QStringLiteral("check-%1").arg(QUuid::createUuid().toString());
        qint64 result = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(dir.filePath(QStringLiteral("data.sqlite")));
            db.open();
            QSqlQuery query(sql, db);
            if (query.next())
                result = query.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }

    qint64 records(const QUuid &stage, const QString &status = QString()) const
    {
        QString sql = QStringLiteral("SELECT count(*) FROM records WHERE stage_id = '%1'")
                          .arg(stage.toString(QUuid::WithoutBraces));
        if (!status.isEmpty())
            sql += QStringLiteral(" AND status = '%1'").arg(status);
        return count(sql);
    }

    QList<QJsonObject> exported() const
    {
        QFile file(dir.filePath(QStringLiteral("export/out.jsonl")));
        QList<QJsonObject> lines;
        if (!file.open(QIODevice::ReadOnly))
            return lines;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.isEmpty())
                lines.append(QJsonDocument::fromJson(line).object());
        }
        return lines;
    }
};

inline const Run::StageProgress *progressOf(const Run::RunSummary &summary, const QUuid &stage)
{
    for (const Run::StageProgress &sp : summary.progress.stages) {
        if (sp.stage == stage)
            return &sp;
    }
    return nullptr;
}

} // namespace Seedbed::Test
