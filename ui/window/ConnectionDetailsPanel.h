#pragma once

#include "Connection.h"

#include <QList>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace pd {

class ConnectionSummaryView;
class MessageBanner;
class ToggleSwitch;

// The right side of the Provisioning window: the selected connection's header with the enable
// toggle, an inline message banner, its settings, and a column of action buttons. Other areas add
// their own buttons (addActionButton: "Outbound rule…", "Sync now", ...) and sections below the
// settings (addSection: a sync summary, ...).
class ConnectionDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    // What the selected connection must be for an action button to be enabled.
    enum class Needs { AnyConnection, ValidConnection, EnabledConnection };
    using Handler = std::function<void(const Connection &)>;

    explicit ConnectionDetailsPanel(QWidget *parent = nullptr);

    // nullopt shows the "nothing selected" state. secretNote says where the Client Secret is.
    void setConnection(const std::optional<Connection> &connection, const QString &secretNote = {});
    const std::optional<Connection> &connection() const { return m_connection; }
    void setTesting(bool testing);
    bool isTesting() const { return m_testing; }

    // Adds a button to the action column (after the built-in ones, in call order). The handler gets
    // the selected connection; the button is enabled only when the connection meets needs.
    QPushButton *addActionButton(
        const QString &text, const QString &accessibleName, Needs needs, Handler handler);
    // Adds a widget under the settings, e.g. a sync summary; it is shown only while a connection is
    // selected and should follow the window's currentConnectionChanged() itself.
    void addSection(QWidget *section);
    // Adds a widget under the header, next to the message banner (e.g. the monitoring banner); it
    // shows and hides itself.
    void addBanner(QWidget *banner);

    MessageBanner *banner() const { return m_banner; }
    ToggleSwitch *enableToggle() const { return m_toggle; }
    ConnectionSummaryView *summary() const { return m_summary; }
    QPushButton *testButton() const { return m_testButton; }
    QPushButton *editButton() const { return m_editButton; }
    QPushButton *deleteButton() const { return m_deleteButton; }

signals:
    // The admin clicked the toggle; the window decides (refused while the connection is invalid).
    void enableRequested(bool enabled);
    void testRequested();
    void editRequested();
    void deleteRequested();

private:
    struct Action
    {
        QPushButton *button;
        Needs needs;
    };
    void updateActions();

    std::optional<Connection> m_connection;
    bool m_testing = false;
    QWidget *m_content;
    QLabel *m_empty;
    QLabel *m_logo;
    QLabel *m_name;
    QLabel *m_statusIcon;
    QLabel *m_status;
    QLabel *m_toggleLabel;
    ToggleSwitch *m_toggle;
    MessageBanner *m_banner;
    QLabel *m_description;
    QProgressBar *m_busy;
    ConnectionSummaryView *m_summary;
    QVBoxLayout *m_actionsLayout;
    QVBoxLayout *m_sectionsLayout;
    QVBoxLayout *m_bannersLayout;
    QList<Action> m_actions;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
};

} // namespace pd
