#pragma once

#include "SyncLogLine.h"
#include "SyncReport.h"
#include "SyncRequest.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace pd {

class SyncWorker;

// Runs one SyncWorker on its own named QThread and relays its signals to the caller's thread.
// The GUI and the CLI both use it. Deleting the runner cancels the run and waits for the thread.
class SyncRunner : public QObject
{
    Q_OBJECT
public:
    explicit SyncRunner(QObject *parent = nullptr);
    ~SyncRunner() override;

    // Starts a run; false if one is already running on this runner.
    bool start(const SyncRequest &request, const QString &threadName = QStringLiteral("sync"));
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void logLines(const QList<pd::SyncLogLine> &lines);
    void progress(const pd::SyncProgress &progress);
    void finished(const pd::SyncReport &report);

private:
    void cleanUp();

    QThread *m_thread = nullptr;
    QPointer<SyncWorker> m_worker;
};

} // namespace pd
