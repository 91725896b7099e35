#include "AuthenticationEditor.h"

#include "ConnectionValidator.h"
#include "DisplayText.h"
#include "FieldErrorLabel.h"
#include "FormGrid.h"
#include "SecretBinding.h"
#include "SecretLineEdit.h"
#include "Style.h"
#include "ZoomAppHelpPanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace pd {

AuthenticationEditor::AuthenticationEditor(Mode mode, QWidget *parent)
    : ConnectionEditor(parent)
    , m_mode(mode)
    , m_scimUrl(new QLineEdit(this))
    , m_method(new QComboBox(this))
    , m_tokenUrl(new QLineEdit(this))
    , m_accountId(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_secret(new SecretLineEdit(this))
    , m_scimUrlError(new FieldErrorLabel(m_scimUrl, this))
    , m_tokenUrlError(new FieldErrorLabel(m_tokenUrl, this))
    , m_accountIdError(new FieldErrorLabel(m_accountId, this))
    , m_clientIdError(new FieldErrorLabel(m_clientId, this))
    , m_secretError(new FieldErrorLabel(m_secret->lineEdit(), this))
    , m_help(new ZoomAppHelpPanel(this))
    , m_rebindHint(new QLabel(this))
{
    m_scimUrl->setObjectName(QStringLiteral("scimUrlEdit"));
    m_scimUrl->setAccessibleName(tr("SCIM URL"));
    m_scimUrl->setPlaceholderText(QStringLiteral("https://api.zoom.us/scim2"));
    m_scimUrlError->setObjectName(QStringLiteral("scimUrlError"));
    m_method->setObjectName(QStringLiteral("authMethodCombo"));
    m_method->setAccessibleName(tr("Authentication Method"));
    m_method->addItem(DisplayText::authMethod(QStringLiteral("oauth-s2s")), QStringLiteral("oauth-s2s"));
    m_tokenUrl->setObjectName(QStringLiteral("tokenUrlEdit"));
    m_tokenUrl->setAccessibleName(tr("OAuth Token URL"));
    m_tokenUrl->setPlaceholderText(QStringLiteral("https://zoom.us/oauth/token"));
    m_tokenUrlError->setObjectName(QStringLiteral("tokenUrlError"));
    m_accountId->setObjectName(QStringLiteral("accountIdEdit"));
    m_accountId->setAccessibleName(tr("OAuth Account ID"));
    m_accountIdError->setObjectName(QStringLiteral("accountIdError"));
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setAccessibleName(tr("OAuth Client ID"));
    m_clientIdError->setObjectName(QStringLiteral("clientIdError"));
    m_secret->setObjectName(QStringLiteral("clientSecretField"));
    m_secret->setAccessibleFieldName(tr("OAuth Client Secret"));
    m_secretError->setObjectName(QStringLiteral("clientSecretError"));
    if (m_mode == Mode::ExistingConnection)
        m_secret->setPlaceholderText(tr("Stored in the keychain; leave empty to keep it"));

    auto *methodHint = new QLabel(tr("For Server-to-Server OAuth apps."), this);
    methodHint->setObjectName(QStringLiteral("authMethodHint"));
    Style::makeMuted(methodHint);
    auto *methodBox = new QWidget(this);
    auto *methodLayout = new QVBoxLayout(methodBox);
    methodLayout->setContentsMargins(0, 0, 0, 0);
    methodLayout->setSpacing(3);
    methodLayout->addWidget(m_method);
    methodLayout->addWidget(methodHint);

    auto *form = new FormGrid;
    auto addRow
        = [form](const QString &text, QWidget *buddy, QWidget *field) { form->addRow(text, buddy, field); };
    addRow(tr("&SCIM URL:"), m_scimUrl, FieldErrorLabel::stack(m_scimUrl, m_scimUrlError, this));
    addRow(tr("Authentication &Method:"), m_method, methodBox);
    addRow(tr("OAuth &Token URL:"), m_tokenUrl, FieldErrorLabel::stack(m_tokenUrl, m_tokenUrlError, this));
    addRow(
        tr("OAuth &Account ID:"), m_accountId, FieldErrorLabel::stack(m_accountId, m_accountIdError, this));
    addRow(tr("OAuth &Client ID:"), m_clientId, FieldErrorLabel::stack(m_clientId, m_clientIdError, this));
    addRow(tr("OAuth Client S&ecret:"), m_secret, FieldErrorLabel::stack(m_secret, m_secretError, this));

    m_rebindHint->setObjectName(QStringLiteral("secretRebindHint"));
    m_rebindHint->setWordWrap(true);
    m_rebindHint->hide();

    auto *formColumn = new QVBoxLayout;
    formColumn->addLayout(form);
    formColumn->addWidget(m_rebindHint);
    formColumn->addStretch(1);
    m_help->setMinimumWidth(280);
    m_help->setMaximumWidth(340);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addLayout(formColumn, 1);
    layout->addWidget(m_help);

    // The help panel comes after the form in tab order, so the fields come first.
    setTabOrder(m_scimUrl, m_method);
    setTabOrder(m_method, m_tokenUrl);
    setTabOrder(m_tokenUrl, m_accountId);
    setTabOrder(m_accountId, m_clientId);
    setTabOrder(m_clientId, m_secret->lineEdit());
    setTabOrder(m_secret->lineEdit(), m_secret->revealButton());
    setTabOrder(m_secret->revealButton(), m_help);

    // URLs are checked when the admin leaves the field; everything again on save().
    connect(m_scimUrl, &QLineEdit::editingFinished, this,
        [this] { checkUrl(m_scimUrl, m_scimUrlError, tr("SCIM URL"), false); });
    connect(m_tokenUrl, &QLineEdit::editingFinished, this,
        [this] { checkUrl(m_tokenUrl, m_tokenUrlError, tr("OAuth Token URL"), false); });
    for (QLineEdit *edit : {m_scimUrl, m_tokenUrl, m_accountId, m_clientId})
        connect(edit, &QLineEdit::textEdited, this, &ConnectionEditor::changed);
    connect(m_secret, &SecretLineEdit::textChanged, this, [this] {
        m_secretError->setError({});
        emit changed();
    });
    connect(this, &ConnectionEditor::changed, this, &AuthenticationEditor::updateRebindHint);
    connect(
        m_accountId, &QLineEdit::textEdited, m_accountIdError, [this] { m_accountIdError->setError({}); });
    connect(m_clientId, &QLineEdit::textEdited, m_clientIdError, [this] { m_clientIdError->setError({}); });
}

void AuthenticationEditor::load(const Connection &connection)
{
    m_scimUrl->setText(connection.scimUrl.toString());
    m_method->setCurrentIndex(qMax(0, m_method->findData(connection.authMethod)));
    m_tokenUrl->setText(connection.oauth.tokenUrl.toString());
    m_accountId->setText(connection.oauth.accountId);
    m_clientId->setText(connection.oauth.clientId);
    for (FieldErrorLabel *error :
        {m_scimUrlError, m_tokenUrlError, m_accountIdError, m_clientIdError, m_secretError})
        error->setError({});
    m_loaded = connection;
    updateRebindHint();
}

void AuthenticationEditor::updateRebindHint()
{
    if (m_mode != Mode::ExistingConnection) {
        m_rebindHint->hide();
        return;
    }
    Connection edited = m_loaded;
    edited.scimUrl = urlOf(m_scimUrl);
    edited.oauth.tokenUrl = urlOf(m_tokenUrl);
    edited.oauth.accountId = m_accountId->text().trimmed();
    edited.oauth.clientId = m_clientId->text().trimmed();
    const auto changed = SecretBinding::changedFields(SecretKind::ClientSecret, m_loaded, edited);
    m_rebindHint->setText(tr("Changing %1 removes the stored client secret when you save: a secret is only "
                             "sent to the endpoint it was entered for. Enter the client secret for the new "
                             "settings.")
                              .arg(SecretBinding::fieldList(changed)));
    m_rebindHint->setVisible(!changed.isEmpty() && clientSecret().isEmpty());
}

QUrl AuthenticationEditor::urlOf(const QLineEdit *edit) const
{
    return QUrl(edit->text().trimmed(), QUrl::StrictMode);
}

bool AuthenticationEditor::checkUrl(
    QLineEdit *edit, FieldErrorLabel *error, const QString &label, bool showEmpty)
{
    if (!showEmpty && edit->text().trimmed().isEmpty()) {
        error->setError({});
        return false;
    }
    error->setError(ConnectionValidator::checkServiceUrl(urlOf(edit), label));
    return !error->hasError();
}

bool AuthenticationEditor::checkRequired(QLineEdit *edit, FieldErrorLabel *error, const QString &message)
{
    error->setError(edit->text().trimmed().isEmpty() ? message : QString());
    return !error->hasError();
}

bool AuthenticationEditor::save(Connection *connection)
{
    QList<QWidget *> invalid;
    if (!checkUrl(m_scimUrl, m_scimUrlError, tr("SCIM URL"), true))
        invalid << m_scimUrl;
    if (!checkUrl(m_tokenUrl, m_tokenUrlError, tr("OAuth Token URL"), true))
        invalid << m_tokenUrl;
    if (!checkRequired(m_accountId, m_accountIdError, tr("The Account ID is required.")))
        invalid << m_accountId;
    if (!checkRequired(m_clientId, m_clientIdError, tr("The Client ID is required.")))
        invalid << m_clientId;
    const bool secretMissing = m_mode == Mode::NewConnection && clientSecret().isEmpty();
    m_secretError->setError(secretMissing ? tr("The Client Secret is required.") : QString());
    if (secretMissing)
        invalid << m_secret;
    if (!invalid.isEmpty()) {
        invalid.constFirst()->setFocus();
        return false;
    }
    connection->scimUrl = urlOf(m_scimUrl);
    connection->authMethod = m_method->currentData().toString();
    connection->oauth.tokenUrl = urlOf(m_tokenUrl);
    connection->oauth.accountId = m_accountId->text().trimmed();
    connection->oauth.clientId = m_clientId->text().trimmed();
    return true;
}

QString AuthenticationEditor::clientSecret() const
{
    // Pasted secrets often carry a stray space or newline; Zoom's never contain whitespace.
    return m_secret->text().trimmed();
}

void AuthenticationEditor::clearClientSecret()
{
    m_secret->setText({});
}

} // namespace pd
