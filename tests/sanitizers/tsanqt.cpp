// Happens-before edges for ThreadSanitizer across Qt's queues (make test-tsan).
//
// Debian's Qt is not built with ThreadSanitizer, so the locking inside libQt6Core that hands a
// posted event (a queued signal, QMetaObject::invokeMethod) or a pooled task from one thread to
// another is invisible to it: every object handed over that way looked like a data race (643
// reports in the engine tests). This file is linked into every test of a ThreadSanitizer build
// and tells it about those hand-offs: a release before our code posts, emits or starts a pooled
// task, an acquire (and a release) whenever any thread delivers an event or runs a pooled task,
// and an acquire after QThread::wait().
//
// The calls are caught by defining Qt's exported functions here (the executable's definition
// wins) and passing on to Qt's own through dlsym(RTLD_NEXT). Only calls from our instrumented
// code pass through here: Qt's calls to itself are bound inside libQt6Core.
//
// The edges go through one address, so they are coarser than Qt's real ones: threads that both
// post and receive events look ordered more often than they are, which can hide a race between
// them. Races between threads that share data without any hand-off are still reported.

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFutureInterfaceBase>
#include <QMetaObject>
#include <QRunnable>
#include <QThread>
#include <QThreadPool>

#include <dlfcn.h>

extern "C" void __tsan_acquire(void *addr);
extern "C" void __tsan_release(void *addr);

namespace {

char handOff;

void release()
{
    __tsan_release(&handOff);
}

void acquire()
{
    __tsan_acquire(&handOff);
}

template<typename Function> Function next(const char *mangledName)
{
    void *symbol = dlsym(RTLD_NEXT, mangledName);
    if (!symbol)
        qFatal("tsanqt: %s not found: %s", mangledName, dlerror());
    return reinterpret_cast<Function>(symbol);
}

bool onEventDelivery(void **)
{
    acquire();
    release();
    return false; // deliver the event as usual
}

// Registered before main(): every event delivered in any thread acquires what was released.
const bool registered = [] {
    QInternal::registerCallback(QInternal::EventNotifyCallback, onEventDelivery);
    return true;
}();

class HandOff : public QRunnable
{
public:
    explicit HandOff(QRunnable *inner)
        : m_inner(inner)
    {
        setAutoDelete(true);
    }
    void run() override
    {
        acquire();
        const bool deleteInner = m_inner->autoDelete();
        m_inner->run();
        if (deleteInner)
            delete m_inner;
        release();
    }

private:
    QRunnable *m_inner;
};

// A slot called through QMetaObject::invokeMethod releases when it returns, so that a
// blocking queued call's caller sees what the slot wrote.
class ReleasingSlot : public QtPrivate::QSlotObjectBase
{
public:
    explicit ReleasingSlot(QtPrivate::QSlotObjectBase *inner)
        : QSlotObjectBase(&impl)
        , m_inner(inner)
    {}

private:
    static void impl(int which, QSlotObjectBase *self, QObject *receiver, void **args, bool *ret)
    {
        auto *that = static_cast<ReleasingSlot *>(self);
        switch (which) {
        case Destroy:
            that->m_inner->destroyIfLastRef();
            delete that;
            break;
        case Call:
            acquire();
            that->m_inner->call(receiver, args);
            release();
            break;
        case Compare:
            *ret = that->m_inner->compare(args);
            break;
        default:
            break;
        }
    }

    QtPrivate::QSlotObjectBase *m_inner;
};

} // namespace

void QCoreApplication::postEvent(QObject *receiver, QEvent *event, int priority)
{
    static const auto real = next<void (*)(QObject *, QEvent *, int)>(
        "_ZN16QCoreApplication9postEventEP7QObjectP6QEventi");
    release();
    real(receiver, event, priority);
}

bool QMetaObject::invokeMethodImpl(QObject *object, QtPrivate::QSlotObjectBase *slot,
                                   Qt::ConnectionType type, void *ret)
{
    static const auto real =
        next<bool (*)(QObject *, QtPrivate::QSlotObjectBase *, Qt::ConnectionType, void *)>(
            "_ZN11QMetaObject16invokeMethodImplEP7QObjectPN9QtPrivate15QSlotObjectBaseEN2Qt14"
            "ConnectionTypeEPv");
    auto *wrapped = new ReleasingSlot(slot);
    release();
    const bool result = real(object, wrapped, type, ret);
    acquire(); // a blocking queued call returns what the other thread wrote
    return result;
}

void QMetaObject::activate(QObject *sender, const QMetaObject *m, int localSignalIndex, void **argv)
{
    static const auto real = next<void (*)(QObject *, const QMetaObject *, int, void **)>(
        "_ZN11QMetaObject8activateEP7QObjectPKS_iPPv");
    release();
    real(sender, m, localSignalIndex, argv);
}

void QThreadPool::start(QRunnable *runnable, int priority)
{
    static const auto real =
        next<void (*)(QThreadPool *, QRunnable *, int)>("_ZN11QThreadPool5startEP9QRunnablei");
    release();
    real(this, new HandOff(runnable), priority);
}

bool QThread::wait(QDeadlineTimer deadline)
{
    static const auto real =
        next<bool (*)(QThread *, QDeadlineTimer)>("_ZN7QThread4waitE14QDeadlineTimer");
    const bool finished = real(this, deadline);
    acquire();
    return finished;
}

// QtConcurrent::run: the task reports its result and finish (in the pool's thread) before the
// QFuture's owner reads them, through QFutureInterface's own mutex.
void QFutureInterfaceBase::reportResultsReady(int beginIndex, int endIndex)
{
    static const auto real = next<void (*)(QFutureInterfaceBase *, int, int)>(
        "_ZN20QFutureInterfaceBase18reportResultsReadyEii");
    release();
    real(this, beginIndex, endIndex);
}

void QFutureInterfaceBase::reportFinished()
{
    static const auto real =
        next<void (*)(QFutureInterfaceBase *)>("_ZN20QFutureInterfaceBase14reportFinishedEv");
    release();
    real(this);
}

void QFutureInterfaceBase::waitForResult(int resultIndex)
{
    static const auto real =
        next<void (*)(QFutureInterfaceBase *, int)>("_ZN20QFutureInterfaceBase13waitForResultEi");
    real(this, resultIndex);
    acquire();
}

void QFutureInterfaceBase::waitForFinished()
{
    static const auto real =
        next<void (*)(QFutureInterfaceBase *)>("_ZN20QFutureInterfaceBase15waitForFinishedEv");
    real(this);
    acquire();
}
