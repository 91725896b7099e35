#include "SyncLogModel.h"

#include "Style.h"

#include <QBrush>
#include <QFont>

namespace pd {

SyncLogModel::SyncLogModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int SyncLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size()) + offset();
}

QString SyncLogModel::format(const SyncLogLine &line)
{
    return QStringLiteral("%1  %2  %3")
        .arg(line.at.toString(QStringLiteral("HH:mm:ss.zzz")),
            SyncLogLine::levelName(line.level).leftJustified(7, QLatin1Char(' ')), line.text);
}

QString SyncLogModel::noticeText() const
{
    return tr("Earlier lines not shown: %1 (the log keeps the newest %2).").arg(m_dropped).arg(m_capacity);
}

QVariant SyncLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (m_dropped > 0 && index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
        case TextRole:
            return noticeText();
        case IsNoticeRole:
            return true;
        case Qt::ForegroundRole:
            return QBrush(Style::mutedText());
        case Qt::FontRole: {
            QFont f;
            f.setItalic(true);
            return f;
        }
        default:
            return {};
        }
    }
    const SyncLogLine &l = m_lines.at(index.row() - offset());
    switch (role) {
    case Qt::DisplayRole:
        return format(l);
    case Qt::ToolTipRole:
        return l.text;
    case TextRole:
        return l.text;
    case LevelRole:
        return int(l.level);
    case TimeRole:
        return l.at;
    case IsNoticeRole:
        return false;
    case Qt::ForegroundRole:
        switch (l.level) {
        case SyncLogLine::Level::Error:
            return QBrush(Style::errorText());
        case SyncLogLine::Level::Warning:
            return QBrush(Style::warningText()); // AA contrast on the palette's base
        case SyncLogLine::Level::Debug:
            return QBrush(Style::mutedText());
        case SyncLogLine::Level::Info:
            break;
        }
        return {};
    default:
        return {};
    }
}

void SyncLogModel::evict(qint64 count, qint64 alsoDropped)
{
    // count kept lines go (oldest first); alsoDropped lines of the incoming batch never made it in.
    if (count > 0) {
        beginRemoveRows({}, offset(), offset() + int(count) - 1);
        m_lines.remove(0, count);
        endRemoveRows();
    }
    const qint64 dropped = count + alsoDropped;
    if (dropped <= 0)
        return;
    if (m_dropped == 0) {
        beginInsertRows({}, 0, 0);
        m_dropped = dropped;
        endInsertRows();
    } else {
        m_dropped += dropped;
        emit dataChanged(index(0), index(0));
    }
}

void SyncLogModel::append(const QList<SyncLogLine> &lines)
{
    if (lines.isEmpty())
        return;
    for (const SyncLogLine &l : lines)
        ++m_received[int(l.level)];
    // A batch larger than the whole log keeps only its newest lines.
    const qint64 skipped = qMax<qint64>(0, lines.size() - m_capacity);
    const qint64 incoming = lines.size() - skipped;
    evict(qMax<qint64>(0, m_lines.size() + incoming - m_capacity), skipped);
    const int first = rowCount();
    beginInsertRows({}, first, first + int(incoming) - 1);
    if (skipped == 0)
        m_lines.append(lines);
    else
        m_lines.append(lines.mid(skipped));
    endInsertRows();
}

void SyncLogModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_dropped = 0;
    m_received = {};
    endResetModel();
}

void SyncLogModel::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    if (m_lines.size() > m_capacity)
        evict(m_lines.size() - m_capacity, 0);
    else if (m_dropped > 0)
        emit dataChanged(index(0), index(0)); // the notice names the capacity
}

} // namespace pd
