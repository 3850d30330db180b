#pragma once

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QStackedWidget;

namespace Newsdesk {

class ArticleBodyView;
class ChannelTreeModel;
class LibrarySession;
struct Article;

// Every field of the selected article, read-only, with its body below.
class ArticleDetailsPane final : public QWidget
{
    Q_OBJECT

public:
    ArticleDetailsPane(LibrarySession &session, const ChannelTreeModel &channels,
                       QWidget *parent = nullptr);

    void showArticle(qint64 articleId);
    void clear();
    qint64 articleId() const { return m_articleId; }
    // The text shown for a field, by its object name ("field.title", ...), for tests.
    QString fieldText(const QString &field) const;

private:
    QLabel *addField(const QString &name, const QString &label);
    void fill(const Article &article);
    QString userName(qint64 id) const;

    LibrarySession &m_session;
    const ChannelTreeModel &m_channels;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_title = nullptr;
    QFormLayout *m_form = nullptr;
    QHash<QString, QLabel *> m_fields;
    ArticleBodyView *m_body = nullptr;
    qint64 m_articleId = 0;
};

} // namespace Newsdesk
