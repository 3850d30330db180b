#pragma once

#include "core/channel.h"
#include "editor/articlefield.h"
#include "editor/editorchoices.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace Newsdesk {

class ChannelTreeModel;
class FieldBinder;

// Where and how an article is published: main and secondary channels, flags (with the redirect
// address for 跳转), weight, publish time, expiry, custom file name and cover image. Part of
// the editor's metadata form, bound to the same document.
class PublishingForm final : public QWidget
{
    Q_OBJECT

public:
    PublishingForm(FieldBinder &binder, QWidget *parent = nullptr);

    void setChannels(const QList<Channel> &channels, const QHash<qint64, int> &counts);
    void setCoverChoices(const QList<CoverChoice> &choices);
    QWidget *widgetFor(ArticleField field) const;
    // Whether the front-page flags (头条 推荐 幻灯 特荐 滚动) and the weight can be changed:
    // only by chief editors; for others they are disabled with a tooltip saying so.
    void setCurationEditable(bool editable);

private:
    QWidget *buildChannels();
    QWidget *buildFlags();
    void chooseChannel();
    void addSecondaryChannel();
    void removeSecondaryChannel();
    void showChannel(qint64 channelId);
    void showSecondaryChannels(const QList<qint64> &ids);
    void showFlags(int flags);
    void showCover(qint64 mediaId);
    qint64 pickChannel(const QString &title, const QString &prompt, qint64 current);

    FieldBinder &m_binder;
    ChannelTreeModel *m_channelModel = nullptr;
    QList<Channel> m_channels;
    QHash<qint64, int> m_counts;
    QPushButton *m_channel = nullptr;
    QListWidget *m_secondary = nullptr;
    QPushButton *m_removeSecondary = nullptr;
    QHash<ArticleFlag, QCheckBox *> m_flags;
    QLineEdit *m_redirectUrl = nullptr;
    QSpinBox *m_weight = nullptr;
    QComboBox *m_cover = nullptr;
    QList<CoverChoice> m_coverChoices;
};

} // namespace Newsdesk
