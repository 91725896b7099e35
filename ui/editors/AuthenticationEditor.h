#pragma once

#include "ConnectionEditor.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace pd {

class FieldErrorLabel;
class SecretLineEdit;
class ZoomAppHelpPanel;

// "Configure Authentication", in the console's order: SCIM URL, Authentication Method, OAuth Token
// URL, OAuth Account ID, OAuth Client ID, OAuth Client Secret; with a help panel on creating the
// Zoom app. URLs must be https://, except plain http:// to this computer (ConnectionValidator).
// The secret never enters the Connection: read it with clientSecret().
class AuthenticationEditor : public ConnectionEditor
{
    Q_OBJECT
public:
    enum class Mode {
        NewConnection, // the Client Secret is required
        ExistingConnection // an empty Client Secret keeps the stored one
    };

    explicit AuthenticationEditor(Mode mode, QWidget *parent = nullptr);
    void load(const Connection &connection) override;
    bool save(Connection *connection) override;
    QString clientSecret() const;
    void clearClientSecret();

private:
    QUrl urlOf(const QLineEdit *edit) const;
    bool checkUrl(QLineEdit *edit, FieldErrorLabel *error, const QString &label, bool showEmpty);
    bool checkRequired(QLineEdit *edit, FieldErrorLabel *error, const QString &message);
    // Warns, while editing a saved connection, that the stored secret will not follow a new endpoint.
    void updateRebindHint();

    Mode m_mode;
    QLineEdit *m_scimUrl;
    QComboBox *m_method;
    QLineEdit *m_tokenUrl;
    QLineEdit *m_accountId;
    QLineEdit *m_clientId;
    SecretLineEdit *m_secret;
    FieldErrorLabel *m_scimUrlError;
    FieldErrorLabel *m_tokenUrlError;
    FieldErrorLabel *m_accountIdError;
    FieldErrorLabel *m_clientIdError;
    FieldErrorLabel *m_secretError;
    ZoomAppHelpPanel *m_help;
    QLabel *m_rebindHint;
    Connection m_loaded;
};

} // namespace pd
