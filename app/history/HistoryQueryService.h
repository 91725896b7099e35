#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QThread>
#include <functional>

namespace pd {

// Runs history queries (HistoryQuery, HistoryRetention, exports...) on a named thread of its own
// ("history-query"), with that thread's database connection, and hands each result back on the
// service's thread (the UI thread): the UI never waits for SQLite, even over a million events.
// Requests run one at a time, in order. A result arrives only if its receiver still exists.
//
//   service->run<QList<RunRecord>>(this, [f](QSqlDatabase db) { return HistoryQuery(db).runs(f); },
//       [this](const QList<RunRecord> &runs) { show(runs); });
class HistoryQueryService : public QObject
{
    Q_OBJECT
public:
    explicit HistoryQueryService(const QString &dataDir, QObject *parent = nullptr);
    // Waits for the request in progress (one query), then closes the thread's connection.
    ~HistoryQueryService() override;

    // work(db) runs on the query thread (db is invalid when the database cannot be opened; see
    // failed()); done(result) runs on this service's thread, unless receiver is gone by then.
    template<typename Result>
    void run(QObject *receiver, std::function<Result(QSqlDatabase)> work, std::function<void(Result)> done)
    {
        QPointer<QObject> guard(receiver);
        post([this, guard, work = std::move(work), done = std::move(done)](QSqlDatabase db) {
            Result result = work(db);
            QMetaObject::invokeMethod(
                this,
                [guard, done, result = std::move(result)] {
                    if (guard)
                        done(result);
                },
                Qt::QueuedConnection);
        });
    }

    QString dataDir() const { return m_dataDir; }

signals:
    // The database could not be opened: a sentence for the admin.
    void failed(const QString &message);

private:
    void post(std::function<void(QSqlDatabase)> job);

    QString m_dataDir;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
};

} // namespace pd
