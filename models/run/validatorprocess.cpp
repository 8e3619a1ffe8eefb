#include "models/run/validatorprocess.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

namespace Seedbed::Run {

namespace {
constexpr qsizetype maxReasonLength = 500;

QString firstLine(const QByteArray &bytes)
{
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            return trimmed.size() > maxReasonLength
                       ? trimmed.left(maxReasonLength) + QStringLiteral("…")
                       : trimmed;
    }
    return {};
}

QString notStarted(const QString &program, const QString &why)
{
    return ValidatorProcess::tr("validator “%1” could not be started: %2").arg(program, why);
}
} // namespace

ValidatorProcess::ValidatorProcess(QObject *parent)
    : QObject(parent)
{}

ValidatorProcess::~ValidatorProcess()
{
    for (Job &job : m_jobs) {
        job.process->disconnect(this);
        killJob(job);
        job.process->waitForFinished(10000); // SIGKILL: moments
    }
    m_jobs.clear();
}

void ValidatorProcess::setCommand(const QString &command)
{
    m_command = command;
}

void ValidatorProcess::setWorkingDirectory(const QString &directory)
{
    m_workingDirectory = directory;
}

void ValidatorProcess::setTimeoutSeconds(int seconds)
{
    m_timeoutSeconds = std::max(1, seconds);
}

QStringList ValidatorProcess::resolve(const QString &command, const QString &workingDirectory)
{
    QStringList argv = QProcess::splitCommand(command);
    if (argv.isEmpty() || argv.constFirst().isEmpty())
        return {};
    QString &program = argv.first();
    if (program.contains(QLatin1Char('/')) && QFileInfo(program).isRelative())
        program = QDir::cleanPath(QDir(workingDirectory).absoluteFilePath(program));
    return argv;
}

QString ValidatorProcess::problem(const QString &command, const QString &workingDirectory)
{
    const QStringList argv = resolve(command, workingDirectory);
    if (argv.isEmpty())
        return tr("the validator command is empty");
    const QString written = QProcess::splitCommand(command).constFirst();
    if (!workingDirectory.isEmpty() && !QFileInfo(workingDirectory).isDir())
        return notStarted(
            written,
            tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(workingDirectory)));
    const QString &program = argv.constFirst();
    if (!program.contains(QLatin1Char('/'))) {
        if (QStandardPaths::findExecutable(program).isEmpty())
            return notStarted(written, tr("there is no program “%1” in PATH").arg(program));
        return {};
    }
    const QFileInfo info(program);
    if (!info.exists())
        return notStarted(written, tr("%1 does not exist").arg(QDir::toNativeSeparators(program)));
    if (info.isDir() || !info.isExecutable())
        return notStarted(
            written, tr("%1 is not an executable file").arg(QDir::toNativeSeparators(program)));
    return {};
}

quint64 ValidatorProcess::start(const QJsonObject &record)
{
    const quint64 id = m_nextId++;
    const QStringList argv = resolve(m_command, m_workingDirectory);
    if (argv.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, id] {
                emit finished(id, false, notStarted(QString(), tr("the command is empty")));
            },
            Qt::QueuedConnection);
        return id;
    }

    Job job;
    job.process = new QProcess(this);
    job.timer = new QTimer(job.process);
    QProcess *process = job.process;
    process->setProgram(argv.constFirst());
    process->setArguments(argv.mid(1));
    if (!m_workingDirectory.isEmpty())
        process->setWorkingDirectory(m_workingDirectory);
#ifdef Q_OS_UNIX
    // A process group of its own, so that a timeout kills what the validator started too.
    process->setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
    connect(process, &QProcess::readyReadStandardOutput, this, [process] {
        process->readAllStandardOutput(); // not used; read so that the pipe never fills
    });
    connect(process, &QProcess::readyReadStandardError, this, [this, id] {
        const auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            return;
        const QByteArray bytes = it->process->readAllStandardError();
        it->stderrHead.append(bytes.left(maxOutput - it->stderrHead.size()));
    });
    const QString program = QProcess::splitCommand(m_command).constFirst();
    connect(process, &QProcess::errorOccurred, this,
            [this, id, program](QProcess::ProcessError error) {
                const auto it = m_jobs.find(id);
                if (error != QProcess::FailedToStart || it == m_jobs.end())
                    return; // the others end in QProcess::finished
                // Possibly from within QProcess::start(): report after start() returned.
                const QString reason = notStarted(program, it->process->errorString());
                QMetaObject::invokeMethod(
                    this, [this, id, reason] { finish(id, false, reason); }, Qt::QueuedConnection);
            });
    connect(
        process, &QProcess::finished, this, [this, id](int exitCode, QProcess::ExitStatus status) {
            const auto it = m_jobs.find(id);
            if (it == m_jobs.end())
                return;
            const QByteArray rest = it->process->readAllStandardError();
            it->stderrHead.append(rest.left(maxOutput - it->stderrHead.size()));
            if (it->cancelled) {
                finish(id, false, tr("cancelled"));
            } else if (it->timedOut) {
                finish(id, false, tr("timed out after %1 s").arg(m_timeoutSeconds));
            } else if (status == QProcess::CrashExit) {
                const QString line = firstLine(it->stderrHead);
                finish(id, false, line.isEmpty() ? tr("the validator crashed") : line);
            } else if (exitCode == 0) {
                finish(id, true, QString());
            } else {
                const QString line = firstLine(it->stderrHead);
                finish(id, false, line.isEmpty() ? tr("exited with code %1").arg(exitCode) : line);
            }
        });
    job.timer->setSingleShot(true);
    connect(job.timer, &QTimer::timeout, this, [this, id] {
        const auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            return;
        it->timedOut = true;
        killJob(*it);
    });
    m_jobs.insert(id, job);
    job.timer->start(m_timeoutSeconds * 1000);
    process->start(QIODevice::ReadWrite);
    // Buffered until the process runs; a validator that never reads its input is no problem.
    if (process->state() != QProcess::NotRunning) {
        process->write(QJsonDocument(record).toJson(QJsonDocument::Compact));
        process->closeWriteChannel();
    }
    return id;
}

void ValidatorProcess::cancelAll()
{
    for (Job &job : m_jobs) {
        job.cancelled = true;
        killJob(job);
    }
}

void ValidatorProcess::killJob(Job &job)
{
#ifdef Q_OS_UNIX
    const qint64 pid = job.process->processId();
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
#endif
    job.process->kill();
}

void ValidatorProcess::finish(quint64 id, bool passed, const QString &reason)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    QProcess *process = it->process;
    m_jobs.erase(it);
    process->disconnect(this);
    process->deleteLater();
    emit finished(id, passed, reason);
}

} // namespace Seedbed::Run
