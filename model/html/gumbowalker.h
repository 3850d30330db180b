#pragma once

#include "attributefilter.h"

#include <QString>
#include <QUrl>

struct GumboInternalNode;

namespace Newsdesk {

class BodyBuilder;
struct SanitizerReport;

// Walks a tree parsed by gumbo into a BodyBuilder, applying the AllowList to every element and
// attribute and counting what it removes in a SanitizerReport. The walk keeps its own stack of
// visits, so a deep tree costs heap, not call stack.
class GumboWalker final
{
public:
    GumboWalker(BodyBuilder &builder, SanitizerReport &report, const QUrl &baseUrl,
                AttributeFilter::LocalImages localImages = {});
    Q_DISABLE_COPY_MOVE(GumboWalker)

    void walk(const GumboInternalNode *root);

private:
    struct Visit
    {
        const GumboInternalNode *node = nullptr;
        unsigned next = 0;
        int frame = 0;
        bool inlinePushed = false;
        bool centred = false;
        bool preformatted = false;
        bool boundary = false;
    };

    bool enter(Visit &visit); // false: do not descend
    void leave(const Visit &visit);
    void text(const char *utf8);
    bool enterElement(Visit &visit);
    bool keep(Visit &visit, QLatin1StringView name);

    BodyBuilder &m_builder;
    SanitizerReport &m_report;
    AttributeFilter m_attributeFilter;
    int m_preformatted = 0;
    // The current element's attributes, decoded.
    QList<QPair<QString, QString>> m_attributes;
};

} // namespace Newsdesk
