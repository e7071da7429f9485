#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTranslator;

namespace hubdesk {

// Every enumeration of the domain. Values are stored, imported and exported as
// stable text keys (see PRODUCT.md); labels are for display and are translated.
enum class EnumType {
    OrganisationKind,
    EngagementLevel,
    EcosystemRole,
    ExpertRole,
    StartupStatus,
    StartupStage,
    MediaChallenge,
    OutcomeType,
    SessionService,
    SessionFormat,
    SessionStatus,
    EventType,
    ParticipationRole,
    VoucherStatus,
    InteractionType,
};

// Look-up of keys and labels of one enumeration.
class Enums
{
public:
    static QList<EnumType> all();
    static QStringList keys(EnumType type);
    static bool contains(EnumType type, const QString &key);
    // The translated label of a key; the key itself when it is unknown.
    static QString label(EnumType type, const QString &key);
    // The label in TRANSLATOR's language; empty when it has none.
    static QString label(EnumType type, const QString &key, const QTranslator &translator);
    // The untranslated English label (for exports that must not depend on the UI language).
    static QString englishLabel(EnumType type, const QString &key);
    // The name of the database look-up table that enforces the keys.
    static QString lookupTable(EnumType type);
    // A human name of the enumeration itself ("organisation kind").
    static QString name(EnumType type);
};

} // namespace hubdesk
