package dev.bridgehead.web.organization;

import dev.bridgehead.marketplace.organization.ComplianceProfile;
import dev.bridgehead.marketplace.organization.ComplianceProfileInput;
import dev.bridgehead.marketplace.organization.ComplianceProfileInput.CertificationInput;
import dev.bridgehead.marketplace.organization.ComplianceProfileInput.MechanismInput;
import dev.bridgehead.web.security.CsrfForm;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;

/**
 * The compliance profile form. Without script, repeatable rows travel as parallel lists
 * ({@code mechanismCode}, {@code mechanismScope}, …, one entry per row); rows without a code are
 * blank rows and ignored.
 */
@Serdeable
public record ComplianceForm(
        @Nullable String csrfToken,
        @Nullable List<String> mechanismCode,
        @Nullable List<String> mechanismScope,
        @Nullable List<String> mechanismObtainedOn,
        @Nullable List<String> mechanismEvidenceRef,
        @Nullable List<String> certificationCode,
        @Nullable List<String> certificationExpiresOn,
        @Nullable List<String> certificationEvidenceRef,
        @Nullable List<String> acceptsCategories,
        @Nullable String ciio,
        @Nullable Integer version) implements CsrfForm {

    static final int BLANK_ROWS = 2;

    /** One row of the form, as typed. */
    public record Row(String code, String first, String second, String third) {
    }

    static ComplianceForm of(ComplianceProfile p) {
        return new ComplianceForm(null,
                p.mechanisms().stream().map(m -> m.code().name()).toList(),
                p.mechanisms().stream().map(m -> nullToEmpty(m.scope())).toList(),
                p.mechanisms().stream().map(m -> m.obtainedOn() == null ? "" : m.obtainedOn().toString()).toList(),
                p.mechanisms().stream().map(m -> nullToEmpty(m.evidenceRef())).toList(),
                p.certifications().stream().map(c -> c.code().name()).toList(),
                p.certifications().stream().map(c -> c.expiresOn().toString()).toList(),
                p.certifications().stream().map(c -> nullToEmpty(c.evidenceRef())).toList(),
                p.acceptsCategories().stream().map(Enum::name).toList(),
                p.ciio() ? "true" : null, p.version());
    }

    ComplianceForm atVersion(Integer current) {
        return new ComplianceForm(null, mechanismCode, mechanismScope, mechanismObtainedOn, mechanismEvidenceRef, certificationCode,
                certificationExpiresOn, certificationEvidenceRef, acceptsCategories, ciio, current);
    }

    /** The mechanism rows, plus blank ones to add more. */
    public List<Row> mechanismRows() {
        return rows(mechanismCode, mechanismScope, mechanismObtainedOn, mechanismEvidenceRef);
    }

    public List<Row> certificationRows() {
        return rows(certificationCode, certificationExpiresOn, certificationEvidenceRef, null);
    }

    public boolean isCiio() {
        return "true".equals(ciio);
    }

    ComplianceProfileInput input() {
        List<MechanismInput> mechanisms = new ArrayList<>();
        for (Row row : filled(mechanismCode, mechanismScope, mechanismObtainedOn, mechanismEvidenceRef)) {
            mechanisms.add(new MechanismInput(row.code(), row.first(), row.second(), row.third()));
        }
        List<CertificationInput> certifications = new ArrayList<>();
        for (Row row : filled(certificationCode, certificationExpiresOn, certificationEvidenceRef, null)) {
            certifications.add(new CertificationInput(row.code(), row.first(), row.second()));
        }
        return new ComplianceProfileInput(mechanisms, certifications, acceptsCategories == null ? List.of() : acceptsCategories, isCiio(), version);
    }

    private static List<Row> filled(List<String> codes, List<String> a, List<String> b, List<String> c) {
        return rows(codes, a, b, c).stream().filter(row -> !row.code().isBlank()).toList();
    }

    private static List<Row> rows(List<String> codes, List<String> a, List<String> b, List<String> c) {
        List<Row> rows = new ArrayList<>();
        int count = codes == null ? 0 : codes.size();
        for (int i = 0; i < count; i++) {
            rows.add(new Row(nullToEmpty(codes.get(i)), at(a, i), at(b, i), at(c, i)));
        }
        return rows;
    }

    /** The rows for display: those typed, then blank ones. */
    public List<Row> withBlankRows(List<Row> rows) {
        List<Row> shown = new ArrayList<>(rows.stream().filter(row -> !row.code().isBlank()).toList());
        for (int i = 0; i < BLANK_ROWS; i++) {
            shown.add(new Row("", "", "", ""));
        }
        return shown;
    }

    private static String at(List<String> values, int index) {
        return values == null || index >= values.size() || values.get(index) == null ? "" : values.get(index);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
