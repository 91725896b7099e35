#pragma once

#include "OutboundRule.h"
#include "SourceRecord.h"
#include "UserSource.h"

#include <QList>
#include <QPointer>
#include <QThread>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace pd {

// "Preview": find people in the source and see exactly what Zoom would receive for each — the
// create (POST) and update (PUT) SCIM JSON — with the problems that would stop or trim it.
class RulePreviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RulePreviewPanel(QWidget *parent = nullptr);
    ~RulePreviewPanel() override;

    void setRuleProvider(std::function<bool(OutboundRule *, QString *password)> provider)
    {
        m_provider = std::move(provider);
    }

    void search(const QString &text);
    bool isSearching() const { return m_thread != nullptr; }
    // Shows the found person at index (also what selecting them in the list does).
    void showRecord(int index);
    // Re-maps the shown person after the rule changed.
    void refresh();

    int resultCount() const { return int(m_found.size()); }
    QString createJson() const;
    QString updateJson() const;
    QString verdict() const;
    QStringList problems() const;
    QLineEdit *searchField() const { return m_search; }

    // "Provision now" syncs the shown person with the rule as saved: offered once the saved rule is
    // given, and only while the editor still holds that rule (else the sync would not do what the
    // preview shows).
    void setSavedRule(const std::optional<OutboundRule> &rule);
    QPushButton *provisionButton() const { return m_provision; }
    QString provisionNote() const;

signals:
    void searchFinished(int found);
    // "Provision now" for the shown person: sync this source key, and nobody else.
    void provisionRequested(const QString &sourceKey);

private:
    bool ruleIsSaved();
    void updateProvision();
    void provisionNow();

    std::function<bool(OutboundRule *, QString *)> m_provider;
    QLineEdit *m_search;
    QPushButton *m_find;
    QLabel *m_status;
    QListWidget *m_results;
    QLabel *m_verdict;
    QListWidget *m_problems;
    QPlainTextEdit *m_record;
    QPlainTextEdit *m_create;
    QPlainTextEdit *m_update;
    QPushButton *m_provision;
    QLabel *m_provisionNote;
    std::optional<OutboundRule> m_savedRule;
    QList<SourceRecord> m_found;
    int m_shown = -1;
    QPointer<QThread> m_thread;
    CancelToken m_cancelToken;
};

} // namespace pd
