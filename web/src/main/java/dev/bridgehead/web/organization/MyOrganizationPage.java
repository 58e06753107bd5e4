package dev.bridgehead.web.organization;

import dev.bridgehead.marketplace.account.User;
import dev.bridgehead.marketplace.compliance.Certification;
import dev.bridgehead.marketplace.compliance.DataCategory;
import dev.bridgehead.marketplace.compliance.Mechanism;
import dev.bridgehead.marketplace.organization.ComplianceProfile;
import dev.bridgehead.marketplace.organization.EntryKind;
import dev.bridgehead.marketplace.organization.HeldEntry;
import dev.bridgehead.marketplace.organization.Jurisdiction;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.marketplace.organization.OrganizationSize;
import dev.bridgehead.marketplace.organization.RegistrationArea;
import dev.bridgehead.marketplace.organization.Sector;
import dev.bridgehead.web.page.FormErrors;
import dev.bridgehead.web.page.Option;
import dev.bridgehead.web.page.PageContext;
import java.time.LocalDate;
import java.util.List;

/**
 * "My organisation": its details and compliance profile as forms, its members, its verification.
 *
 * @param profile the stored profile, to show which certifications have expired
 */
public record MyOrganizationPage(PageContext context, Organization organization, DetailsForm details, FormErrors detailsErrors,
                                 ComplianceForm compliance, FormErrors complianceErrors, ComplianceProfile profile, List<User> members,
                                 MemberForm member, FormErrors memberErrors, LocalDate today) {

    MyOrganizationPage withDetails(DetailsForm form, FormErrors errors) {
        return new MyOrganizationPage(context, organization, form, errors, compliance, complianceErrors, profile, members, member, memberErrors, today);
    }

    MyOrganizationPage withCompliance(ComplianceForm form, FormErrors errors) {
        return new MyOrganizationPage(context, organization, details, detailsErrors, form, errors, profile, members, member, memberErrors, today);
    }

    MyOrganizationPage withMember(MemberForm form, FormErrors errors) {
        return new MyOrganizationPage(context, organization, details, detailsErrors, compliance, complianceErrors, profile, members, form, errors, today);
    }

    public List<Option> jurisdictions() {
        return Option.of(Jurisdiction.class, "jurisdiction", context, details.jurisdiction());
    }

    public List<Option> sectors() {
        return Option.of(Sector.class, "sector", context, details.sectors());
    }

    public List<Option> registrationAreas() {
        return Option.of(RegistrationArea.class, "registrationArea", context, details.registrationArea());
    }

    public List<Option> sizes() {
        return Option.of(OrganizationSize.class, "size", context, details.size());
    }

    public List<Option> categories() {
        return Option.of(DataCategory.class, "dataCategory", context, compliance.acceptsCategories());
    }

    /** The mechanisms this organisation's jurisdiction allows, with the row's choice selected. */
    public List<Option> mechanisms(String chosen) {
        return Option.of(Mechanism.class, "mechanism", context, chosen).stream()
                .filter(option -> Mechanism.valueOf(option.value()).availableIn(organization.jurisdiction()))
                .toList();
    }

    public List<Option> certifications(String chosen) {
        return Option.of(Certification.class, "certification", context, chosen).stream()
                .filter(option -> Certification.valueOf(option.value()).availableIn(organization.jurisdiction()))
                .toList();
    }

    /** The stored entry a row of the form shows, for its status and staff's note; empty for a new row. */
    public java.util.Optional<HeldEntry> stored(EntryKind kind, String code) {
        return code == null || code.isBlank() ? java.util.Optional.empty() : profile.entry(kind, code);
    }

    /** The status a row shows: expired by its day even before the nightly job marks it. */
    public String statusOf(HeldEntry entry) {
        return entry.statusOn(today).name();
    }
}
