#pragma once

#include "OutboundRule.h"
#include "UserSource.h"

#include <QPointer>
#include <QThread>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace pd {

class MessageBanner;
class RuleRunModel;
struct RuleRunResult;

// "Test rule": runs the rule over the whole source without writing anything to Zoom, and shows
// how many people are in scope, out of scope and invalid, with the reasons; exportable as CSV.
class RuleTestPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RuleTestPanel(QWidget *parent = nullptr);
    ~RuleTestPanel() override;

    // Where the current rule and the LDAP password come from (the editor's fields).
    void setRuleProvider(std::function<bool(OutboundRule *, QString *password)> provider)
    {
        m_provider = std::move(provider);
    }

    void run();
    bool isRunning() const { return m_thread != nullptr; }
    QString countsText() const;
    const RuleRunModel *model() const { return m_model; }
    bool exportCsv(const QString &file, QString *error = nullptr) const;

signals:
    void finished(bool ok);

private:
    void showResult(const RuleRunResult &result);
    void chooseExportFile();

    std::function<bool(OutboundRule *, QString *)> m_provider;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QProgressBar *m_progress;
    QLabel *m_counts;
    MessageBanner *m_banner;
    QComboBox *m_show;
    QTableView *m_table;
    RuleRunModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPointer<QThread> m_thread;
    CancelToken m_cancelToken;
};

} // namespace pd
