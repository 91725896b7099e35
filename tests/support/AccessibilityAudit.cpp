#include "AccessibilityAudit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollBar>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

namespace pd::test {

namespace {

// A control's own parts (a combo box's line edit, a spin box's editor) are named by the control.
bool isPartOfAnother(QWidget *w)
{
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractSpinBox *>(p))
            return true;
        if (p->isWindow())
            break;
    }
    return false;
}

// Tab stops on the checked button of a group of radio buttons; arrows move within the group.
bool sameRadioGroup(QWidget *a, QWidget *b)
{
    auto *ra = qobject_cast<QRadioButton *>(a);
    auto *rb = qobject_cast<QRadioButton *>(b);
    if (!ra || !rb)
        return false;
    if (ra->group() || rb->group())
        return ra->group() == rb->group();
    return ra->autoExclusive() && rb->autoExclusive() && ra->parentWidget() == rb->parentWidget();
}

bool takesTab(QWidget *w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy();
}

} // namespace

bool AccessibilityAudit::isControl(QWidget *w)
{
    if (qobject_cast<QScrollBar *>(w) || qobject_cast<QHeaderView *>(w) || isPartOfAnother(w))
        return false;
    return qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
        || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w)
        || qobject_cast<QTextEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QTabBar *>(w);
}

bool AccessibilityAudit::isInput(QWidget *w)
{
    if (isPartOfAnother(w))
        return false;
    if (auto *text = qobject_cast<QTextEdit *>(w); text && text->isReadOnly())
        return false; // a read-only text view is named, not labelled like a field
    if (auto *plain = qobject_cast<QPlainTextEdit *>(w); plain && plain->isReadOnly())
        return false;
    return qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
        || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w);
}

QString AccessibilityAudit::describe(QWidget *w)
{
    QString name = w->objectName();
    if (name.isEmpty()) {
        // Unnamed widgets are found by their nearest ancestor named by the project (not Qt's parts).
        for (QWidget *p = w->parentWidget(); p && name.isEmpty(); p = p->parentWidget()) {
            if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_")))
                name = QStringLiteral("in ") + p->objectName();
        }
        if (auto *button = qobject_cast<QAbstractButton *>(w); button && !button->text().isEmpty())
            name += QStringLiteral(" \"%1\"").arg(button->text());
    }
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(w->metaObject()->className()), name);
}

QStringList AccessibilityAudit::unnamedControls(QWidget *root)
{
    QStringList found;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || !isControl(w))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            found << describe(w) + QStringLiteral(": no accessible name");
    }
    return found;
}

QStringList AccessibilityAudit::unlabelledInputs(QWidget *root)
{
    QStringList found;
    const auto labels = root->window()->findChildren<QLabel *>();
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || !isInput(w))
            continue;
        const bool labelled = std::any_of(labels.begin(), labels.end(),
            [w](QLabel *l) { return l->buddy() == w || (l->buddy() && l->buddy()->focusProxy() == w); });
        // A field with no visible label of its own (the second field of a table-like row under a
        // column header) is named explicitly instead.
        if (!labelled && w->accessibleName().isEmpty())
            found << describe(w) + QStringLiteral(": no label with it as buddy");
    }
    return found;
}

QList<QWidget *> AccessibilityAudit::tabChain(QWidget *root, QStringList *traps)
{
    QWidget *window = root->window();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    // The first widget Tab reaches from nothing focused: the chain's first stop after the window.
    QWidget *first = nullptr;
    for (QWidget *w = window->nextInFocusChain(); w != window; w = w->nextInFocusChain()) {
        if (takesTab(w)) {
            first = w;
            break;
        }
    }
    QList<QWidget *> chain;
    if (!first)
        return chain;
    first->setFocus(Qt::TabFocusReason);
    // Bounded: a window has far fewer stops than this; more means Tab goes round in circles.
    int stayed = 0;
    for (int step = 0; step < 600; ++step) {
        QWidget *focus = window->focusWidget();
        if (!focus)
            break;
        if (!chain.isEmpty() && focus == chain.constFirst())
            break; // round the window once
        if (!chain.isEmpty() && focus == chain.constLast()) {
            // A label walks its links before Tab moves on; one that never lets go is a trap (a
            // text edit that takes Tab, a view that walks its cells).
            if (++stayed < 40) {
                QTest::keyClick(focus, Qt::Key_Tab);
                continue;
            }
            stayed = 0;
            if (traps)
                *traps << describe(focus) + QStringLiteral(": keeps the focus on Tab");
            QWidget *next = focus->nextInFocusChain();
            while (next != focus && !takesTab(next))
                next = next->nextInFocusChain();
            next->setFocus(Qt::TabFocusReason);
            continue;
        }
        if (chain.contains(focus))
            break;
        stayed = 0;
        chain << focus;
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    return chain;
}

QStringList AccessibilityAudit::unreachableByTab(QWidget *root)
{
    QStringList found;
    const QList<QWidget *> chain = tabChain(root, &found);
    if (qEnvironmentVariableIsSet("PD_A11Y_DEBUG")) {
        for (QWidget *stop : chain)
            qDebug("tab stop: %s", qPrintable(describe(stop)));
    }
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || !w->isEnabled() || !isControl(w))
            continue;
        const bool reached = std::any_of(chain.begin(), chain.end(), [w](QWidget *stop) {
            return stop == w || w->focusProxy() == stop || w->isAncestorOf(stop) || sameRadioGroup(w, stop);
        });
        if (!reached)
            found << describe(w) + QStringLiteral(": Tab never reaches it");
    }
    return found;
}

QStringList AccessibilityAudit::problems(QWidget *root)
{
    return unnamedControls(root) + unlabelledInputs(root) + unreachableByTab(root);
}

} // namespace pd::test
