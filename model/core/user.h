#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Newsdesk {

// 编辑 editor, 责任编辑/主编 chief editor, admin.
enum class Role { Editor, Chief, Admin };

struct User
{
    qint64 id = 0;
    QString name; // unique; what people type after --as
    Role role = Role::Editor;
    bool hasPassword = false;
    bool active = true;
    QDateTime createdAt;
};

namespace Roles {
QString key(Role role); // "editor", "chief", "admin"
std::optional<Role> fromKey(const QString &key);
QString displayName(Role role); // translated
QList<Role> all();
} // namespace Roles

} // namespace Newsdesk
