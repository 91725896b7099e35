#pragma once

#include "Connection.h"
#include "RunRecord.h"
#include "SyncReport.h"
#include "SyncRequest.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pd {

class SecretStore;
class SyncRunner;

// "Undo this run…": previews the undo of one run as a dry run on a sync thread (what will be
// reversed, what cannot be undone and why), then "Undo run" applies it, which also disables the
// connection so the next sync does not redo the change. Never blocks the UI thread.
class UndoRunDialog : public QDialog
{
    Q_OBJECT
public:
    enum class State { ReadingSecret, Previewing, Ready, Applying, Done, Failed };

    // connection: as saved now (its secret is read for it); run: one of its runs, not a dry run.
    UndoRunDialog(const QString &dataDir, SecretStore *secrets, const Connection &connection,
        const RunRecord &run, QWidget *parent = nullptr);
    ~UndoRunDialog() override;

    // Reads the client secret and starts the dry run (open() the dialog, then call this).
    void start();
    // Opens a dialog for the run (window-modal, deleted on close) and starts its preview; without the
    // connection (deleted since) says so and returns nullptr.
    static UndoRunDialog *openFor(const QString &dataDir, SecretStore *secrets,
        const std::optional<Connection> &connection, const RunRecord &run, QWidget *parent);
    void apply();

    State state() const { return m_state; }
    const SyncReport &report() const { return m_report; }
    QTableWidget *reversedTable() const { return m_reversed; }
    QTableWidget *notUndoneTable() const { return m_notUndone; }
    QPushButton *undoButton() const { return m_undo; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void previewReady(const pd::SyncReport &report);
    // The undo was applied (the connection is now disabled) or failed.
    void undone(const pd::SyncReport &report);

private:
    void launch(bool dryRun);
    void finished(const SyncReport &report);
    void fill(const SyncReport &report);
    void setState(State state, const QString &status);

    QString m_dataDir;
    SecretStore *m_secrets;
    Connection m_connection;
    RunRecord m_run;
    SyncRequest m_request; // holds the secret only while the dialog is open
    SyncReport m_report;
    SyncRunner *m_runner;
    State m_state = State::ReadingSecret;
    QLabel *m_status;
    QTableWidget *m_reversed;
    QLabel *m_notUndoneTitle;
    QTableWidget *m_notUndone;
    QPushButton *m_undo;
    QDialogButtonBox *m_buttons;
};

} // namespace pd
