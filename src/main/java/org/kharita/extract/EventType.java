package org.kharita.extract;

/**
 * The project's event taxonomy, one value per event, each mapped onto ACLED's event type and
 * sub-type so exports line up with what analysts already code (README lists the table).
 */
public enum EventType {
    BATTLE("battle", "Battles", "Armed clash"),
    TERRITORY_CHANGE("territory_change", "Battles", "Government regains territory"),
    SHELLING("shelling", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    AIR_STRIKE("air_strike", "Explosions/Remote violence", "Air/drone strike"),
    DRONE_STRIKE("drone_strike", "Explosions/Remote violence", "Air/drone strike"),
    MISSILE_STRIKE("missile_strike", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    EXPLOSION("explosion", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ATTACK_ON_CIVILIANS("attack_on_civilians", "Violence against civilians", "Attack"),
    AGREEMENT("agreement", "Strategic developments", "Agreement"),
    RATIFICATION("ratification", "Strategic developments", "Agreement"),
    TROOP_DEPLOYMENT("troop_deployment", "Strategic developments", "Headquarters or base established"),
    SURRENDER("surrender", "Strategic developments", "Other"),
    PROTEST("protest", "Protests", "Peaceful protest"),
    OTHER("other", "Strategic developments", "Other");

    private final String code;
    private final String acledType;
    private final String acledSubType;

    EventType(String code, String acledType, String acledSubType) {
        this.code = code;
        this.acledType = acledType;
        this.acledSubType = acledSubType;
    }

    public String code() {
        return code;
    }

    public String acledType() {
        return acledType;
    }

    public String acledSubType() {
        return acledSubType;
    }

    public static EventType fromCode(String code) {
        for (EventType t : values()) if (t.code.equals(code)) return t;
        throw new IllegalArgumentException("unknown event type: " + code);
    }
}
