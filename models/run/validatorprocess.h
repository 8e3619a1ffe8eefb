#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

class QProcess;
class QTimer;

namespace Seedbed::Run {

/*! \brief Runs a Verify stage's validator command on records: one child process per record,
    several at once, never through a shell.

    The command is split into a program and its arguments with QProcess::splitCommand()
    (double quotes group, a backslash escapes a quote; no variables, globs, pipes or
    redirections: "a | b" passes "|" and "b" to a as arguments). A relative program path with a
    slash ("./check.sh", "tools/check") is taken from the working directory; a bare name from
    PATH. The process starts in the working directory (the project folder), receives the
    record as compact JSON on standard input, which is then closed, and:
    \list
    \li exits 0: the record passes;
    \li exits with another code: it fails with the first non-empty line of standard error as
        the reason, or "exited with code N" when there is none;
    \li runs longer than the timeout: it is killed, with every process it started (it runs in
        a process group of its own), and fails with "timed out after N s";
    \li cannot be started (no such program, not executable) or the command is empty: the
        record fails with "validator “…” could not be started: …" (problem() tells this
        before any record is sent, so that a run can stop at once).
    \endlist
    At most maxOutput bytes of each of standard output and standard error are kept; the rest is
    read and dropped, so a chatty validator neither blocks on a full pipe nor fills memory.

    Deleting the object kills the processes still running, without emitting finished(). */
class ValidatorProcess : public QObject
{
    Q_OBJECT

public:
    /*! The bytes of standard output and of standard error kept per process. */
    static constexpr qint64 maxOutput = 64 * 1024;

    explicit ValidatorProcess(QObject *parent = nullptr);
    ~ValidatorProcess() override;

    /*! The command line: a program and its arguments, see the class documentation. */
    void setCommand(const QString &command);
    QString command() const { return m_command; }
    /*! Where the validator runs, and what relative program paths are relative to. */
    void setWorkingDirectory(const QString &directory);
    QString workingDirectory() const { return m_workingDirectory; }
    /*! At least one second; 30 by default. */
    void setTimeoutSeconds(int seconds);
    int timeoutSeconds() const { return m_timeoutSeconds; }

    /*! Starts the validator on \a record and returns the id that finished() reports it with
        (never 0). Always ends in exactly one finished(), never from within this call. */
    quint64 start(const QJsonObject &record);
    /*! How many validators are running. */
    int running() const { return int(m_jobs.size()); }
    /*! Kills every running validator; each still reports finished() (failed, "cancelled"). */
    void cancelAll();

    /*! Why \a command cannot run from \a workingDirectory (empty, no such program, not
        executable), in words; empty when it can. */
    static QString problem(const QString &command, const QString &workingDirectory);
    /*! The program and arguments \a command runs: the program resolved as start() resolves
        it. Empty when the command is empty. */
    static QStringList resolve(const QString &command, const QString &workingDirectory);

signals:
    /*! Validator \a id finished: \a passed, or failed for \a reason (translated). */
    void finished(quint64 id, bool passed, const QString &reason);

private:
    struct Job
    {
        QProcess *process = nullptr;
        QTimer *timer = nullptr;
        QByteArray stderrHead;
        bool timedOut = false;
        bool cancelled = false;
    };

    void finish(quint64 id, bool passed, const QString &reason);
    void killJob(Job &job);

    QString m_command;
    QString m_workingDirectory;
    int m_timeoutSeconds = 30;
    quint64 m_nextId = 1;
    QHash<quint64, Job> m_jobs;
};

} // namespace Seedbed::Run
