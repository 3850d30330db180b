#include "sanitizerreport.h"

namespace Newsdesk {

QString SanitizerReport::summary() const
{
    QStringList parts;
    const auto add = [&parts](int count, const QString &text) {
        if (count > 0)
            parts.append(text);
    };
    add(scripts, tr("%n script(s)", nullptr, scripts));
    add(eventHandlers, tr("%n event handler(s)", nullptr, eventHandlers));
    add(dangerousUrls, tr("%n unsafe link(s) or address(es)", nullptr, dangerousUrls));
    add(embeds, tr("%n embedded frame(s) or object(s)", nullptr, embeds));
    add(formControls, tr("%n form control(s)", nullptr, formControls));
    add(styleSheets, tr("%n style sheet(s)", nullptr, styleSheets));
    add(styleAttributes, tr("%n style attribute(s)", nullptr, styleAttributes));
    add(otherElements, tr("%n other element(s)", nullptr, otherElements));
    add(dataImages, tr("%n embedded image(s)", nullptr, dataImages));
    add(relativeImages, tr("%n image(s) with a relative address", nullptr, relativeImages));
    add(localImages, tr("%n image(s) from local files", nullptr, localImages));
    if (parts.isEmpty())
        return {};
    QString list = parts.takeLast();
    if (!parts.isEmpty())
        list = tr("%1 and %2").arg(parts.join(tr(", ")), list);
    return tr("Removed %1.").arg(list);
}

} // namespace Newsdesk
