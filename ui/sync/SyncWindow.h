#pragma once

#include "Connection.h"

#include <QWidget>

class QLabel;

namespace pd {

class SecretStore;
class SyncPanel;

// A non-modal top-level window around one connection's SyncPanel ("Sync — <name>"), with a
// header naming the connection and what a sync will do with removals. Closing it
// while a run is in progress stops the run cooperatively and closes once it has finished, so a run
// is never abandoned half-recorded.
class SyncWindow : public QWidget
{
    Q_OBJECT
public:
    SyncWindow(const QString &dataDir, SecretStore *secrets, const Connection &connection,
        QWidget *parent = nullptr);

    SyncPanel *panel() const { return m_panel; }
    void setConnection(const Connection &connection);
    bool isClosingAfterRun() const { return m_closeWhenDone; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QLabel *m_title;
    QLabel *m_settings;
    SyncPanel *m_panel;
    bool m_closeWhenDone = false;
};

} // namespace pd
