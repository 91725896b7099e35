#include "HelpViewer.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextFrame>
#include <QVBoxLayout>

namespace pd {

namespace {
const QString resourceDir = QStringLiteral(":/help/");
}

HelpViewer::HelpViewer(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpViewer"));
    setWindowTitle(tr("ProvisionDesk Help"));
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenLinks(false); // links are followed below: the guide's own, then the web's
    m_browser->document()->setDocumentMargin(16);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &HelpViewer::follow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close help"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 640);
    openDocument(QStringLiteral("user-guide.md"));
}

bool HelpViewer::openDocument(const QString &fileName)
{
    if (fileName == m_document)
        return true;
    QFile file(resourceDir + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    m_browser->document()->setMarkdown(
        QString::fromUtf8(file.readAll()), QTextDocument::MarkdownDialectGitHub);
    m_document = fileName;
    return true;
}

QString HelpViewer::slug(const QString &heading)
{
    // GitHub's anchors: lower case, punctuation dropped, spaces to hyphens.
    static const QRegularExpression punctuation(QStringLiteral("[^\\w\\- ]"));
    return heading.trimmed().toLower().remove(punctuation).replace(QLatin1Char(' '), QLatin1Char('-'));
}

QTextBlock HelpViewer::heading(const QString &headingOrSlug) const
{
    const QString wanted = headingOrSlug.startsWith(QLatin1Char('#')) ? headingOrSlug.mid(1) : headingOrSlug;
    for (QTextBlock b = m_browser->document()->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() == 0)
            continue;
        if (b.text().compare(wanted, Qt::CaseInsensitive) == 0 || slug(b.text()) == wanted)
            return b;
    }
    return {};
}

bool HelpViewer::showSection(const QString &headingOrSlug)
{
    const QTextBlock block = heading(headingOrSlug);
    if (!block.isValid())
        return false;
    m_pendingSection = isVisible() ? QString() : headingOrSlug;
    scrollTo(block);
    return true;
}

void HelpViewer::scrollTo(const QTextBlock &block)
{
    QTextCursor cursor(block);
    m_browser->setTextCursor(cursor);
    // Room below the last section, so that any section can be scrolled to the top.
    QTextFrameFormat frame = m_browser->document()->rootFrame()->frameFormat();
    frame.setBottomMargin(qMax(16, m_browser->viewport()->height()));
    m_browser->document()->rootFrame()->setFrameFormat(frame);
    // The layout needs the view's width; before it is shown, showEvent() scrolls again.
    m_browser->document()->setTextWidth(m_browser->viewport()->width());
    const QRectF rect = m_browser->document()->documentLayout()->blockBoundingRect(block);
    m_browser->verticalScrollBar()->setValue(int(rect.top()));
}

void HelpViewer::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_pendingSection.isEmpty()) {
        const QString section = m_pendingSection;
        m_pendingSection.clear();
        scrollTo(heading(section));
    }
}

QString HelpViewer::sectionAtTop() const
{
    const int top = m_browser->verticalScrollBar()->value();
    const auto *layout = m_browser->document()->documentLayout();
    QString found;
    for (QTextBlock b = m_browser->document()->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() == 0)
            continue;
        // A heading counts as "at the top" when it starts within a line of the view's top.
        if (layout->blockBoundingRect(b).top() > top + m_browser->fontMetrics().height())
            break;
        found = b.text();
    }
    return found;
}

void HelpViewer::follow(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) {
        QDesktopServices::openUrl(url);
        return;
    }
    // The guide's own links: "#section", "other.md" or "other.md#section".
    const QString path = url.path();
    if (!path.isEmpty() && !openDocument(path.section(QLatin1Char('/'), -1)))
        return;
    if (url.hasFragment())
        showSection(url.fragment());
    else
        m_browser->verticalScrollBar()->setValue(0);
}

} // namespace pd
