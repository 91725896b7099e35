#pragma once

#include "Connection.h"
#include "NameEditor.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QTabWidget;

namespace pd {

class AuthenticationEditor;
class ConnectionSaver;
class HelpViewer;
class ConnectionService;
class SaveProblemPanel;
class SecretStore;
class UserActionsEditor;

// "Edit connection": the wizard's editors in tabs (General, Authentication, User actions), saved
// together through ConnectionService. Changing the SCIM URL, the OAuth settings or the secret
// makes the connection untested (and so disabled) again; the window then offers a test.
class EditConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    enum Tab { GeneralTab, AuthenticationTab, UserActionsTab };

    EditConnectionDialog(const Connection &connection, NameEditor::NameTaken nameTaken,
        ConnectionService *service, QWidget *parent = nullptr);

    // Valid after accepted().
    Connection savedConnection() const { return m_edited; }
    bool authenticationChanged() const { return m_authenticationChanged; }
    static bool authenticationDiffers(const Connection &a, const Connection &b);

    QTabWidget *tabs() const { return m_tabs; }
    // The user guide's heading for a tab (the same sections as the wizard's steps).
    static QString helpSection(int tab);
    SaveProblemPanel *problemPanel() const { return m_problem; }

public slots:
    void accept() override;
    void reject() override;

private:
    void startSave(bool sessionOnly);
    void saved(bool ok);
    void setBusy(bool busy);
    void showHelp();

    Connection m_original;
    Connection m_edited;
    bool m_authenticationChanged = false;
    QTabWidget *m_tabs;
    NameEditor *m_name;
    AuthenticationEditor *m_authentication;
    UserActionsEditor *m_actions;
    SaveProblemPanel *m_problem;
    QDialogButtonBox *m_buttons;
    HelpViewer *m_help = nullptr;
    ConnectionSaver *m_saver;
    SecretStore *m_secrets;
    QString m_dataDir; // for the impact forecast's own database connection
    std::optional<Connection> m_impactConfirmed; // the edit whose impact was accepted
};

} // namespace pd
