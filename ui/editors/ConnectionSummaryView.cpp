#include "ConnectionSummaryView.h"

#include "DisplayText.h"
#include "FormGrid.h"

#include <QLabel>

namespace pd {

ConnectionSummaryView::ConnectionSummaryView(Rows rows, QWidget *parent)
    : QWidget(parent)
    , m_rows(rows)
    , m_form(new FormGrid(this))
{
    m_form->setVerticalSpacing(8);
    m_form->setHorizontalSpacing(16);
    addRow(QStringLiteral("identityStore"), tr("Identity store:"));
    if (m_rows == Rows::All) {
        addRow(QStringLiteral("name"), tr("Name:"));
        addRow(QStringLiteral("description"), tr("Description:"));
    }
    addRow(QStringLiteral("scimUrl"), tr("SCIM URL:"));
    addRow(QStringLiteral("authMethod"), tr("Authentication Method:"));
    addRow(QStringLiteral("tokenUrl"), tr("OAuth Token URL:"));
    addRow(QStringLiteral("accountId"), tr("OAuth Account ID:"));
    addRow(QStringLiteral("clientId"), tr("OAuth Client ID:"));
    addRow(QStringLiteral("clientSecret"), tr("OAuth Client Secret:"));
    addRow(QStringLiteral("actions"), tr("User actions:"));
    addRow(QStringLiteral("test"), tr("Connection test:"));
    // Extra height (in a scroll area) goes below the rows, not between them.
    m_form->setRowStretch(m_form->rowCount(), 1);
}

void ConnectionSummaryView::addRow(const QString &key, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(key + QStringLiteral("Value"));
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Read by assistive technology as "SCIM URL: https://...".
    value->setAccessibleDescription(label);
    QLabel *name = m_form->addRow(label, nullptr, value);
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    m_values.insert(key, value);
}

void ConnectionSummaryView::setValue(const QString &key, const QString &text)
{
    if (QLabel *label = m_values.value(key)) {
        label->setText(text);
        label->setAccessibleName(text);
    }
}

void ConnectionSummaryView::setConnection(const Connection &c, const QString &secretNote)
{
    setValue(QStringLiteral("identityStore"), DisplayText::identityStore(c.identityStore));
    setValue(QStringLiteral("name"), c.name);
    setValue(QStringLiteral("description"), c.description.isEmpty() ? tr("(none)") : c.description);
    setValue(QStringLiteral("scimUrl"), c.scimUrl.toString());
    setValue(QStringLiteral("authMethod"), DisplayText::authMethod(c.authMethod));
    setValue(QStringLiteral("tokenUrl"), c.oauth.tokenUrl.toString());
    setValue(QStringLiteral("accountId"), c.oauth.accountId);
    setValue(QStringLiteral("clientId"), c.oauth.clientId);
    setValue(QStringLiteral("clientSecret"), secretNote);
    setValue(QStringLiteral("actions"), DisplayText::userActions(c.actions).join(QLatin1Char('\n')));
    setValue(QStringLiteral("test"), DisplayText::lastTest(c));
}

QString ConnectionSummaryView::value(const QString &key) const
{
    const QLabel *label = m_values.value(key);
    return label ? label->text() : QString();
}

} // namespace pd
