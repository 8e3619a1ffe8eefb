#pragma once

#include <QFuture>
#include <QList>
#include <QLoggingCategory>
#include <QMutex>
#include <QString>
#include <QThread>

#include <utility>

// Helpers for the tests of work done in worker threads.
namespace Seedbed::Test {

/*! Waits for \a future by polling. QFuture::waitForFinished() and result() would run a task
    that has not started yet in the waiting thread itself, which is not what a test of
    threads wants to see. */
template<typename T> void waitUntilFinished(const QFuture<T> &future)
{
    while (!future.isFinished())
        QThread::msleep(1);
}

/*! Records which thread logged each message of one logging category (with its debug level
    switched on) while it exists: tells where the engine did a piece of work without a hook in
    the product code. One at a time. */
class LogThreads
{
public:
    explicit LogThreads(const char *category)
        : m_category(category)
    {
        s_current = this;
        m_previous = qInstallMessageHandler(&LogThreads::handle);
        QLoggingCategory::setFilterRules(QString::fromLatin1(category) +
                                         QStringLiteral(".debug=true"));
    }
    ~LogThreads()
    {
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(m_previous);
        s_current = nullptr;
    }
    LogThreads(const LogThreads &) = delete;
    LogThreads &operator=(const LogThreads &) = delete;

    /*! The threads that logged a message starting with \a prefix, in order. */
    QList<QThread *> threadsOf(const QString &prefix) const
    {
        QMutexLocker locker(&m_mutex);
        QList<QThread *> result;
        for (const auto &[message, thread] : m_messages) {
            if (message.startsWith(prefix))
                result.append(thread);
        }
        return result;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        LogThreads *self = s_current;
        if (!self)
            return;
        if (context.category && qstrcmp(context.category, self->m_category) == 0) {
            QMutexLocker locker(&self->m_mutex);
            self->m_messages.append({message, QThread::currentThread()});
        }
        self->m_previous(type, context, message);
    }

    static inline LogThreads *s_current = nullptr;
    const char *m_category;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QList<std::pair<QString, QThread *>> m_messages;
};

} // namespace Seedbed::Test
