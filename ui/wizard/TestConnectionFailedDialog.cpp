#include "TestConnectionFailedDialog.h"

#include "Icons.h"
#include "Style.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

namespace {
QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

TestConnectionFailedDialog::TestConnectionFailedDialog(const ConnectionTestResult &result, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("testConnectionFailedDialog"));
    setWindowTitle(tr("Test Connection Failed"));
    setAccessibleName(tr("Test Connection Failed"));
    setModal(true);

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::validityPixmap(Validity::Invalid, 40));
    auto *title = new QLabel(tr("Test Connection Failed"), this);
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    title->setFont(big);
    auto *summary = wrapped(
        result.summary.isEmpty() ? tr("ProvisionDesk could not connect to Zoom.") : result.summary, this);
    summary->setObjectName(QStringLiteral("failureSummary"));
    QFont bold = summary->font();
    bold.setBold(true);
    summary->setFont(bold);

    auto *text = new QVBoxLayout;
    text->setSpacing(8);
    text->addWidget(title);
    text->addWidget(summary);
    if (!result.fix.isEmpty()) {
        auto *fix = wrapped(result.fix, this);
        fix->setObjectName(QStringLiteral("failureFix"));
        text->addWidget(fix);
    }
    QString detail = result.detail;
    if (result.httpStatus > 0)
        detail = tr("HTTP status %1\n%2").arg(result.httpStatus).arg(detail).trimmed();
    if (!detail.isEmpty()) {
        auto *detailLabel = new QLabel(tr("&Details from the server:"), this);
        auto *detailView = new QPlainTextEdit(detail, this);
        detailView->setObjectName(QStringLiteral("failureDetail"));
        detailView->setReadOnly(true);
        detailView->setAccessibleName(tr("Details from the server"));
        detailView->setTabChangesFocus(true);
        detailView->setFixedHeight(detailView->fontMetrics().lineSpacing() * 4 + 14);
        detailLabel->setBuddy(detailView);
        text->addWidget(detailLabel);
        text->addWidget(detailView);
    }
    auto *consequence
        = wrapped(tr("Continue to save the connection as invalid: it cannot be enabled or synced "
                     "until a connection test passes. Cancel to go back and correct the "
                     "authentication settings."),
            this);
    Style::makeMuted(consequence);
    text->addWidget(consequence);

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel and correct the settings"));
    m_continue = buttons->addButton(tr("C&ontinue"), QDialogButtonBox::AcceptRole);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setAccessibleName(tr("Continue with an invalid connection"));
    // Enter means the safe choice: go back and fix it.
    m_cancel->setDefault(true);
    m_cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 14);
    layout->setSpacing(16);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace pd
