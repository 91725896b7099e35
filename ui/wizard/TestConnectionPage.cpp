#include "TestConnectionPage.h"

#include "ConnectionTestRunner.h"
#include "Icons.h"
#include "NewConnectionWizard.h"
#include "TestConnectionFailedDialog.h"

#include <QAccessible>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

namespace {
QString messageOf(const ConnectionTestResult &r)
{
    return r.fix.isEmpty() ? r.summary : r.summary + QLatin1Char(' ') + r.fix;
}
} // namespace

TestConnectionPage::TestConnectionPage(NewConnectionWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_runner(new ConnectionTestRunner(wizard->testerFactory(), this))
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_retest(new QPushButton(tr("&Test Again"), this))
{
    setObjectName(QStringLiteral("testConnectionPage"));
    setTitle(tr("Test connection"));
    setSubTitle(tr("ProvisionDesk checks that it can sign in to Zoom and read users with these settings."));

    m_icon->setFixedSize(40, 40);
    m_headline->setObjectName(QStringLiteral("testHeadline"));
    QFont big = m_headline->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_detail->setObjectName(QStringLiteral("testDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setObjectName(QStringLiteral("testBusy"));
    m_busy->setRange(0, 0); // indeterminate: the tester reports no progress
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(360);
    m_busy->setAccessibleName(tr("Testing the connection"));
    m_retest->setObjectName(QStringLiteral("testAgainButton"));
    m_retest->setAccessibleName(tr("Test the connection again"));

    auto *text = new QVBoxLayout;
    text->setSpacing(8);
    text->addWidget(m_headline);
    text->addWidget(m_detail);
    text->addWidget(m_busy);
    auto *retestRow = new QHBoxLayout;
    retestRow->addWidget(m_retest);
    retestRow->addStretch(1);
    text->addLayout(retestRow);
    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addSpacing(12);
    layout->addLayout(top);
    layout->addStretch(1);

    connect(m_runner, &ConnectionTestRunner::finished, this, &TestConnectionPage::finished);
    connect(m_retest, &QPushButton::clicked, this, &TestConnectionPage::startTest);
    setState(State::Idle);
}

void TestConnectionPage::initializePage()
{
    startTest();
}

void TestConnectionPage::cleanupPage()
{
    // Back (or Cancel) while testing: the result would be for settings that are being changed.
    m_runner->cancel();
    if (m_dialog)
        m_dialog->close();
    m_wizard->connection().validity = Validity::Untested;
    setState(State::Idle);
}

bool TestConnectionPage::isComplete() const
{
    return m_state == State::Passed || m_state == State::ContinuedInvalid;
}

bool TestConnectionPage::validatePage()
{
    return isComplete();
}

void TestConnectionPage::startTest()
{
    setState(State::Testing);
    m_runner->start(m_wizard->connection(), m_wizard->clientSecret());
}

void TestConnectionPage::finished(const ConnectionTestResult &result)
{
    m_result = result;
    Connection &c = m_wizard->connection();
    c.lastTestedAt = QDateTime::currentDateTimeUtc();
    c.lastTestMessage = messageOf(result);
    if (result.ok) {
        c.validity = Validity::Valid;
        setState(State::Passed);
        return;
    }
    c.validity = Validity::Invalid;
    setState(State::Failed);
    auto *dialog = new TestConnectionFailedDialog(result, m_wizard);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, &TestConnectionPage::continueInvalid);
    connect(dialog, &QDialog::rejected, this, [this] {
        if (m_state == State::Failed && m_wizard->currentPage() == this)
            m_wizard->back();
    });
    dialog->open();
}

void TestConnectionPage::continueInvalid()
{
    if (m_state != State::Failed || m_wizard->currentPage() != this)
        return;
    setState(State::ContinuedInvalid);
    m_wizard->next();
}

void TestConnectionPage::setState(State state)
{
    m_state = state;
    const Connection &c = m_wizard->connection();
    m_busy->setVisible(state == State::Testing);
    m_retest->setVisible(state != State::Testing && state != State::Idle);
    switch (state) {
    case State::Idle:
        m_icon->clear();
        m_headline->setText(tr("Not tested yet"));
        m_detail->clear();
        break;
    case State::Testing:
        m_icon->clear(); // the busy bar says it
        m_headline->setText(tr("Testing the connection\u2026"));
        m_detail->setText(tr("Requesting an access token from %1 and reading users from %2.")
                              .arg(c.oauth.tokenUrl.host(), c.scimUrl.toString()));
        break;
    case State::Passed:
        m_icon->setPixmap(Icons::validityPixmap(Validity::Valid, 40));
        m_headline->setText(tr("Connection successful"));
        m_detail->setText(m_result.summary);
        break;
    case State::Failed:
        m_icon->setPixmap(Icons::validityPixmap(Validity::Invalid, 40));
        m_headline->setText(tr("Test connection failed"));
        m_detail->setText(messageOf(m_result));
        break;
    case State::ContinuedInvalid:
        m_icon->setPixmap(Icons::validityPixmap(Validity::Invalid, 40));
        m_headline->setText(tr("The connection will be saved as invalid"));
        m_detail->setText(tr("It cannot be enabled or synced until a connection test passes.\n%1")
                              .arg(messageOf(m_result)));
        break;
    }
    m_headline->setAccessibleName(m_headline->text());
    QAccessibleEvent event(m_headline, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
    emit completeChanged();
}

} // namespace pd
