#include "HistoryLoader.h"

#include "Database.h"

namespace pd {

namespace {

// Owns the loader thread's connection; created and destroyed on that thread.
class LoaderWorker : public QObject
{
public:
    LoaderWorker(const QString &dataDir, HistoryLoader *loader)
        : m_database(dataDir)
        , m_loader(loader)
    { }
    ~LoaderWorker() override { m_database.close(); }

    QSqlDatabase database()
    {
        if (m_database.handle().isOpen())
            return m_database.handle();
        if (!m_database.open()) {
            const QString message = m_database.errorString();
            QMetaObject::invokeMethod(
                m_loader, [loader = m_loader, message] { emit loader->failed(message); },
                Qt::QueuedConnection);
            return {};
        }
        return m_database.handle();
    }

private:
    Database m_database;
    HistoryLoader *m_loader;
};

} // namespace

HistoryLoader::HistoryLoader(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
{
    m_thread.setObjectName(QStringLiteral("history-loader"));
    auto *worker = new LoaderWorker(dataDir, this);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_worker = worker;
    m_thread.start(QThread::LowPriority);
}

HistoryLoader::~HistoryLoader()
{
    m_thread.quit();
    m_thread.wait();
}

void HistoryLoader::post(std::function<void(QSqlDatabase)> job)
{
    auto *worker = static_cast<LoaderWorker *>(m_worker);
    QMetaObject::invokeMethod(
        m_worker, [worker, job = std::move(job)] { job(worker->database()); }, Qt::QueuedConnection);
}

} // namespace pd
