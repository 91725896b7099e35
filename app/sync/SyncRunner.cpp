#include "SyncRunner.h"

#include "SyncWorker.h"

#include <QThread>

namespace pd {

SyncRunner::SyncRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<pd::SyncReport>();
    qRegisterMetaType<pd::SyncProgress>();
    qRegisterMetaType<QList<pd::SyncLogLine>>();
}

SyncRunner::~SyncRunner()
{
    cancel();
    cleanUp();
}

bool SyncRunner::start(const SyncRequest &request, const QString &threadName)
{
    if (m_thread)
        return false;
    m_thread = new QThread;
    m_thread->setObjectName(threadName);
    auto *worker = new SyncWorker(request);
    worker->moveToThread(m_thread);
    m_worker = worker;
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &SyncWorker::logLines, this, &SyncRunner::logLines);
    connect(worker, &SyncWorker::progress, this, &SyncRunner::progress);
    connect(worker, &SyncWorker::finished, this, [this](const SyncReport &report) {
        cleanUp();
        emit finished(report);
    });
    m_thread->start();
    QMetaObject::invokeMethod(worker, &SyncWorker::run, Qt::QueuedConnection);
    return true;
}

void SyncRunner::cancel()
{
    if (m_worker)
        m_worker->requestCancel(); // thread-safe
}

void SyncRunner::cleanUp()
{
    if (!m_thread)
        return;
    // The worker is deleted on its own thread as the thread finishes (its client and database
    // connection belong there).
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace pd
