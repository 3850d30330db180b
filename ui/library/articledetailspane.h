#pragma once

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace Newsdesk {

class ArticleBodyView;
class ChannelTreeModel;
class LibrarySession;
struct Article;

// Every field of the selected article, read-only, as one scrolling sheet: the title, a table
// of the fields, then the body with its photos.
class ArticleDetailsPane final : public QWidget
{
    Q_OBJECT

public:
    ArticleDetailsPane(LibrarySession &session, const ChannelTreeModel &channels,
                       QWidget *parent = nullptr);

    void showArticle(qint64 articleId);
    void clear();
    qint64 articleId() const { return m_articleId; }
    // The text shown for a field ("title", "source", ..., or "body" for the whole sheet).
    QString fieldText(const QString &field) const;

private:
    struct Field
    {
        QString key;
        QString label;
        QString value;
    };

    QList<Field> fieldsOf(const Article &article) const;
    QString userName(qint64 id) const;

    LibrarySession &m_session;
    const ChannelTreeModel &m_channels;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    ArticleBodyView *m_sheet = nullptr;
    QHash<QString, QString> m_values;
    qint64 m_articleId = 0;
};

} // namespace Newsdesk
