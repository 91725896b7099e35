#pragma once

#include <QDialog>

class QTextBrowser;
class QTextBlock;

namespace pd {

// The user guide (docs/user-guide.md, compiled in as :/help/user-guide.md) in a small window that
// works offline on every platform. showSection() opens it at a heading: Qt's Markdown import makes
// no anchors, so headings are found by their text (or by a link's GitHub-style #slug). Links to
// the other embedded docs open here; web links open in the browser.
class HelpViewer : public QDialog
{
    Q_OBJECT
public:
    explicit HelpViewer(QWidget *parent = nullptr);

    // Loads a document of the guide (its file name, "user-guide.md") unless it is already shown.
    bool openDocument(const QString &fileName);
    // Scrolls so that the heading with this text (or this #slug) is at the top; false if none.
    bool showSection(const QString &headingOrSlug);
    // The heading of the section shown at the top of the view (tests, screenshots).
    QString sectionAtTop() const;
    QString document() const { return m_document; }
    QTextBrowser *browser() const { return m_browser; }

    static QString slug(const QString &heading);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QTextBlock heading(const QString &headingOrSlug) const;
    void scrollTo(const QTextBlock &block);
    void follow(const QUrl &url);

    QTextBrowser *m_browser;
    QString m_document;
    QString m_pendingSection; // scrolled to once the view has its size
};

} // namespace pd
