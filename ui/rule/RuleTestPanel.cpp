#include "RuleTestPanel.h"

#include "BackgroundJob.h"
#include "MessageBanner.h"
#include "RuleEvaluator.h"
#include "RuleRunModel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pd {

RuleTestPanel::RuleTestPanel(QWidget *parent)
    : QWidget(parent)
    , m_run(new QPushButton(tr("&Test rule"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_export(new QPushButton(tr("&Export CSV..."), this))
    , m_progress(new QProgressBar(this))
    , m_counts(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_show(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_model(new RuleRunModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    auto *intro
        = new QLabel(tr("Runs the rule over the whole source and shows what would happen to each person. "
                        "Nothing is sent to Zoom."),
            this);
    intro->setWordWrap(true);
    m_cancel->hide();
    m_export->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::PlainText);
    m_banner->hideMessage();
    m_show->addItem(tr("Everyone"), -1);
    m_show->addItem(tr("In scope"), int(RuleDecision::Outcome::InScope));
    m_show->addItem(tr("Out of scope"), int(RuleDecision::Outcome::OutOfScope));
    m_show->addItem(tr("Invalid"), int(RuleDecision::Outcome::Invalid));
    m_show->setAccessibleName(tr("Show"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(RuleRunModel::OutcomeRole);
    m_proxy->setFilterKeyColumn(RuleRunModel::Outcome);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Test rule results"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    connect(m_run, &QPushButton::clicked, this, &RuleTestPanel::run);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_cancelToken.cancel(); });
    connect(m_export, &QPushButton::clicked, this, &RuleTestPanel::chooseExportFile);
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        const int outcome = m_show->currentData().toInt();
        m_proxy->setFilterFixedString(outcome < 0 ? QString() : QString::number(outcome));
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress);
    buttons->addStretch();
    buttons->addWidget(new QLabel(tr("Show:"), this));
    buttons->addWidget(m_show);
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_banner);
    layout->addWidget(m_counts);
    layout->addWidget(m_table, 1);
}

RuleTestPanel::~RuleTestPanel()
{
    m_cancelToken.cancel();
    if (m_thread)
        m_thread->wait(10000);
}

QString RuleTestPanel::countsText() const
{
    return m_counts->text();
}

void RuleTestPanel::run()
{
    OutboundRule rule;
    QString password;
    if (m_thread || !m_provider || !m_provider(&rule, &password))
        return;
    m_cancelToken = CancelToken();
    const CancelToken token = m_cancelToken;
    m_banner->hideMessage();
    m_counts->setText(tr("Reading the source..."));
    m_run->setEnabled(false);
    m_export->setEnabled(false);
    m_cancel->show();
    m_progress->show();
    m_thread = runInBackground<RuleRunResult>(
        this,
        [rule, password, token] {
            std::unique_ptr<UserSource> source = rule.createSource(password);
            ReadOptions options;
            options.cancel = token;
            return RuleEvaluator(rule).run(*source, options);
        },
        [this](const RuleRunResult &result) { showResult(result); });
}

void RuleTestPanel::showResult(const RuleRunResult &r)
{
    m_thread = nullptr;
    m_run->setEnabled(true);
    m_cancel->hide();
    m_progress->hide();
    if (r.read.status == SourceReadResult::Status::Cancelled) {
        m_counts->setText(tr("Cancelled."));
        emit finished(false);
        return;
    }
    if (!r.ok()) {
        m_counts->clear();
        m_banner->showMessage(
            MessageBanner::Type::Error, r.read.error.summary + QLatin1Char(' ') + r.read.error.fix);
        emit finished(false);
        return;
    }
    m_model->setResult(r);
    m_table->resizeColumnsToContents();
    m_export->setEnabled(true);
    m_counts->setText(tr("%1 in scope (%2 inactive), %3 out of scope, %4 invalid; %5 with warnings.")
                          .arg(r.inScope)
                          .arg(r.disabled)
                          .arg(r.outOfScope)
                          .arg(r.invalid)
                          .arg(r.withWarnings));
    QStringList mappingErrors;
    for (const MappingProblem &p : r.mappingProblems) {
        if (p.isError())
            mappingErrors << p.message;
    }
    if (!mappingErrors.isEmpty())
        m_banner->showMessage(MessageBanner::Type::Error,
            tr("The mapping has errors, so nobody can be provisioned: %1")
                .arg(mappingErrors.join(QLatin1Char(' '))));
    emit finished(true);
}

bool RuleTestPanel::exportCsv(const QString &file, QString *error) const
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(m_model->result().toCsv()) < 0 || !out.commit()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    return true;
}

void RuleTestPanel::chooseExportFile()
{
    auto *dialog = new QFileDialog(
        this, tr("Export test results"), QStringLiteral("rule-test.csv"), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        QString error;
        if (exportCsv(file, &error))
            m_banner->showMessage(MessageBanner::Type::Positive, tr("Exported to %1.").arg(file));
        else
            m_banner->showMessage(MessageBanner::Type::Error, tr("Could not write %1: %2").arg(file, error));
    });
    dialog->open();
}

} // namespace pd
