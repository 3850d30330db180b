#pragma once

#include "core/article.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace Newsdesk {

// Two versions of an article side by side: every field (rows that differ are marked) and the
// text of both bodies, selectable, so that a person can read both and copy from either. Used
// for a save conflict (theirs and yours) and for recovered edits (saved and recovered).
class VersionCompareView final : public QWidget
{
    Q_OBJECT

public:
    using ChannelName = std::function<QString(qint64)>;

    explicit VersionCompareView(QWidget *parent = nullptr);

    void setVersions(const Article &left, const QString &leftLabel, const Article &right,
                     const QString &rightLabel, const ChannelName &channelName = {});

    QTableWidget *fields() const { return m_fields; }
    QPlainTextEdit *leftBody() const { return m_leftBody; }
    QPlainTextEdit *rightBody() const { return m_rightBody; }

private:
    QTableWidget *m_fields = nullptr;
    QLabel *m_leftLabel = nullptr;
    QLabel *m_rightLabel = nullptr;
    QPlainTextEdit *m_leftBody = nullptr;
    QPlainTextEdit *m_rightBody = nullptr;
};

} // namespace Newsdesk
