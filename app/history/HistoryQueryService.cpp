#include "HistoryQueryService.h"

#include "Database.h"

namespace pd {

namespace {

// Owns the query thread's connection; created before the thread starts, destroyed on it.
class QueryWorker : public QObject
{
public:
    QueryWorker(const QString &dataDir, HistoryQueryService *service)
        : m_database(dataDir)
        , m_service(service)
    { }
    ~QueryWorker() override { m_database.close(); }

    QSqlDatabase database()
    {
        if (m_database.handle().isOpen())
            return m_database.handle();
        if (!m_database.open()) {
            const QString message = m_database.errorString();
            QMetaObject::invokeMethod(
                m_service, [service = m_service, message] { emit service->failed(message); },
                Qt::QueuedConnection);
            return {};
        }
        return m_database.handle();
    }

private:
    Database m_database;
    HistoryQueryService *m_service;
};

} // namespace

HistoryQueryService::HistoryQueryService(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
{
    m_thread.setObjectName(QStringLiteral("history-query"));
    auto *worker = new QueryWorker(dataDir, this);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_worker = worker;
    m_thread.start(QThread::LowPriority);
}

HistoryQueryService::~HistoryQueryService()
{
    m_thread.quit();
    m_thread.wait();
}

void HistoryQueryService::post(std::function<void(QSqlDatabase)> job)
{
    auto *worker = static_cast<QueryWorker *>(m_worker);
    QMetaObject::invokeMethod(
        m_worker, [worker, job = std::move(job)] { job(worker->database()); }, Qt::QueuedConnection);
}

} // namespace pd
