#pragma once

#include "core/channel.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Newsdesk {

// Creates or edits a channel: name, URL name (suggested from the name in pinyin until edited),
// SEO title, keywords and description, list page size and article URL rule.
class ChannelDialog final : public QDialog
{
    Q_OBJECT

public:
    ChannelDialog(const Channel &channel, const QString &title, QWidget *parent = nullptr);

    Channel channel() const;
    void setName(const QString &name);

private:
    void nameEdited(const QString &name);

    Channel m_channel;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_slug = nullptr;
    QLineEdit *m_seoTitle = nullptr;
    QLineEdit *m_seoKeywords = nullptr;
    QPlainTextEdit *m_seoDescription = nullptr;
    QSpinBox *m_pageSize = nullptr;
    QLineEdit *m_urlRule = nullptr;
    bool m_slugEdited = false;
};

} // namespace Newsdesk
