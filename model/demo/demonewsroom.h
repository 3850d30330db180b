#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Newsdesk {

class Library;

// The fixed part of the demo newsroom: the reference portal's channel tree, its people, site
// settings, ad slots and photos, and the reference article itself.
class DemoNewsroom final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::DemoNewsroom)

public:
    struct ChannelRef
    {
        qint64 id = 0;
        QString path; // "zixun/redian"; "" for the home channel
        QString slug; // "redian"
        int weight = 0; // how often generated articles land here
    };

    static inline const QString ChiefEditor = QStringLiteral("北风");
    static inline const QString SiteName = QStringLiteral("老辰光");
    // The chief editor's and the administrator's password in the demo newsroom (documented
    // in the README): a demo is for trying things, not a secret.
    static inline const QString DemoPassword = QStringLiteral("newsdesk-demo");

    static Result<DemoNewsroom> create(Library &library);
    Status addReferenceArticle();

    Library &library() { return *m_library; }
    const QList<ChannelRef> &channels() const { return m_channels; }
    qint64 userId(const QString &name) const { return m_users.value(name); }
    const QStringList &editors() const { return m_editors; }
    const QList<qint64> &photos() const { return m_photos; }

private:
    explicit DemoNewsroom(Library &library)
        : m_library(&library)
    {
    }
    Status addChannels();
    Status addPeople();
    Status addSite();
    Status addPhotos();
    Result<qint64> addPhoto(const QString &file, const QString &caption, const QString &credit,
                            const QString &alt);

    Library *m_library = nullptr;
    QList<ChannelRef> m_channels;
    QHash<QString, qint64> m_users;
    QStringList m_editors;
    QList<qint64> m_photos;
};

} // namespace Newsdesk
