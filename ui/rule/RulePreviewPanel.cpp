#include "RulePreviewPanel.h"

#include "BackgroundJob.h"
#include "RuleEvaluator.h"
#include "SourceTester.h"
#include "ZoomUserMapper.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace pd {

namespace {

struct Search
{
    QList<SourceRecord> found;
    QStringList labels; // "Given Family <username>" as the mapping makes them
    SourceReadResult read;
};

QPlainTextEdit *jsonView(QWidget *parent, const QString &name)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setAccessibleName(name);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    return view;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, box);
    label->setBuddy(content);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

RulePreviewPanel::RulePreviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_find(new QPushButton(tr("&Find"), this))
    , m_status(new QLabel(this))
    , m_results(new QListWidget(this))
    , m_verdict(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_record(jsonView(this, tr("Source attributes")))
    , m_create(jsonView(this, tr("Create request body")))
    , m_update(jsonView(this, tr("Update request body")))
    , m_provision(new QPushButton(tr("Pro&vision now"), this))
    , m_provisionNote(new QLabel(this))
{
    m_search->setPlaceholderText(tr("name, email, key or any value"));
    m_search->setAccessibleName(tr("Find a person in the source"));
    m_search->setClearButtonEnabled(true);
    connect(m_find, &QPushButton::clicked, this, [this] { search(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    m_results->setAccessibleName(tr("People found"));
    connect(m_results, &QListWidget::currentRowChanged, this, &RulePreviewPanel::showRecord);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setMaximumHeight(110);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_find);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(m_status);
    leftLayout->addWidget(m_results, 1);
    leftLayout->addWidget(titled(tr("Source attributes:"), m_record, left), 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QGridLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_provision->setObjectName(QStringLiteral("previewProvisionButton"));
    m_provision->setAccessibleName(tr("Provision now"));
    m_provision->setToolTip(
        tr("Sync just this person to Zoom now with the saved rule; nobody else is touched."));
    m_provision->hide(); // until setSavedRule()
    connect(m_provision, &QPushButton::clicked, this, &RulePreviewPanel::provisionNow);
    m_provisionNote->setObjectName(QStringLiteral("previewProvisionNote"));
    m_provisionNote->setWordWrap(true);
    m_provisionNote->setTextFormat(Qt::PlainText);
    m_provisionNote->hide();
    auto *verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdict, 1);
    verdictRow->addWidget(m_provision, 0, Qt::AlignTop);
    rightLayout->addLayout(verdictRow, 0, 0, 1, 2);
    rightLayout->addWidget(m_provisionNote, 3, 0, 1, 2);
    rightLayout->addWidget(m_problems, 1, 0, 1, 2);
    rightLayout->addWidget(titled(tr("Create: POST /Users"), m_create, right), 2, 0);
    rightLayout->addWidget(titled(tr("Update: PUT /Users/{id}"), m_update, right), 2, 1);
    rightLayout->setRowStretch(2, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("Find people in the source to see exactly what would be sent to Zoom for them. "
                        "Nothing is sent."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    m_problems->hide();
}

RulePreviewPanel::~RulePreviewPanel()
{
    m_cancelToken.cancel();
    if (m_thread)
        m_thread->wait(10000);
}

void RulePreviewPanel::search(const QString &text)
{
    OutboundRule rule;
    QString password;
    if (m_thread || !m_provider || !m_provider(&rule, &password))
        return;
    m_cancelToken = CancelToken();
    const CancelToken token = m_cancelToken;
    m_find->setEnabled(false);
    m_status->setText(tr("Searching..."));
    m_thread = runInBackground<Search>(
        this,
        [rule, password, text, token] {
            Search s;
            std::unique_ptr<UserSource> source = rule.createSource(password);
            ReadOptions options;
            options.cancel = token;
            s.found = SourceTester::find(*source, text, 50, options, &s.read);
            const ZoomUserMapper mapper(rule.mapping);
            for (const SourceRecord &r : std::as_const(s.found)) {
                const MappedUser u = mapper.map(r);
                const QJsonObject name = u.createBody.value(QStringLiteral("name")).toObject();
                const QString full = QStringList {name.value(QStringLiteral("givenName")).toString(),
                    name.value(QStringLiteral("familyName")).toString()}
                                         .join(QLatin1Char(' '))
                                         .trimmed();
                QString label = full.isEmpty() ? r.key : full;
                if (!u.userName.isEmpty())
                    label += QStringLiteral(" <%1>").arg(u.userName);
                s.labels << label;
            }
            return s;
        },
        [this](const Search &s) {
            m_thread = nullptr;
            m_find->setEnabled(true);
            m_found = s.found;
            m_results->clear();
            if (!s.read.ok()) {
                m_status->setText(s.read.error.summary);
                emit searchFinished(0);
                return;
            }
            m_status->setText(s.found.isEmpty() ? tr("Nobody matches.")
                                                : tr("%n person(s) shown.", nullptr, int(s.found.size())));
            m_results->addItems(s.labels);
            if (!s.found.isEmpty())
                m_results->setCurrentRow(0);
            emit searchFinished(int(s.found.size()));
        });
}

void RulePreviewPanel::showRecord(int index)
{
    m_shown = index;
    updateProvision();
    m_problems->clear();
    if (index < 0 || index >= m_found.size()) {
        m_verdict->clear();
        m_record->clear();
        m_create->clear();
        m_update->clear();
        m_problems->hide();
        return;
    }
    OutboundRule rule;
    QString password;
    if (!m_provider || !m_provider(&rule, &password))
        return;
    const SourceRecord &record = m_found.at(index);
    QStringList lines {
        tr("key: %1").arg(record.key), tr("disabled: %1").arg(record.disabled ? tr("yes") : tr("no"))};
    for (const SourceRecord::Attribute &a : record.attributes)
        lines << QStringLiteral("%1: %2").arg(a.name, a.values.join(QLatin1String(" | ")));
    m_record->setPlainText(lines.join(QLatin1Char('\n')));

    const RuleDecision d = RuleEvaluator(rule).evaluate(record);
    if (d.outcome == RuleDecision::Outcome::OutOfScope) {
        m_verdict->setText(tr("Out of scope: %1. Nothing would be sent.").arg(d.reason));
        m_create->clear();
        m_update->clear();
        m_problems->hide();
        return;
    }
    m_verdict->setText(d.outcome == RuleDecision::Outcome::Invalid
            ? tr("Invalid: this person would not be sent until the problems below are fixed.")
            : d.user.active ? tr("In scope: this is what Zoom would receive.")
                            : tr("In scope, inactive: Zoom would receive this with active false."));
    for (const MappingProblem &p : d.user.problems)
        m_problems->addItem((p.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(p.message));
    m_problems->setVisible(m_problems->count() > 0);
    m_create->setPlainText(
        QString::fromUtf8(QJsonDocument(d.user.createBody).toJson(QJsonDocument::Indented)));
    m_update->setPlainText(
        QString::fromUtf8(QJsonDocument(d.user.updateBody).toJson(QJsonDocument::Indented)));
}

void RulePreviewPanel::setSavedRule(const std::optional<OutboundRule> &rule)
{
    m_savedRule = rule;
    m_provision->setVisible(rule.has_value());
    updateProvision();
}

bool RulePreviewPanel::ruleIsSaved()
{
    OutboundRule current;
    QString password;
    return m_savedRule && m_provider && m_provider(&current, &password) && current == *m_savedRule;
}

void RulePreviewPanel::updateProvision()
{
    const bool shown = m_shown >= 0 && m_shown < m_found.size();
    // Ask the editor only when someone is shown: its check jumps to the Source tab when it fails.
    const bool saved = m_savedRule && shown && ruleIsSaved();
    m_provision->setEnabled(m_savedRule && shown && saved);
    m_provisionNote->setText(m_savedRule && shown && !saved
            ? tr("The rule has unsaved changes: Provision now syncs with the saved rule, so save it first.")
            : QString());
    m_provisionNote->setVisible(!m_provisionNote->text().isEmpty());
}

void RulePreviewPanel::provisionNow()
{
    updateProvision(); // the rule may have changed on another tab since
    if (m_provision->isEnabled())
        emit provisionRequested(m_found.at(m_shown).key);
}

QString RulePreviewPanel::provisionNote() const
{
    return m_provisionNote->text();
}

void RulePreviewPanel::refresh()
{
    if (m_shown >= 0)
        showRecord(m_shown);
    else
        updateProvision();
}

QString RulePreviewPanel::createJson() const
{
    return m_create->toPlainText();
}

QString RulePreviewPanel::updateJson() const
{
    return m_update->toPlainText();
}

QString RulePreviewPanel::verdict() const
{
    return m_verdict->text();
}

QStringList RulePreviewPanel::problems() const
{
    QStringList out;
    for (int i = 0; i < m_problems->count(); ++i)
        out << m_problems->item(i)->text();
    return out;
}

} // namespace pd
