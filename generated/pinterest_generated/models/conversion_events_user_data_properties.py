from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="ConversionEventsUserDataProperties")


@_attrs_define
class ConversionEventsUserDataProperties:
    """
    Attributes:
        click_id (None | str | Unset): The unique identifier stored in _epik cookie on your domain or &epik= query
            parameter in the URL. We highly recommend this on checkout events at least. It may improve reporting performance
            such as ROAS/CPA. Example:
            dj0yJnU9b2JDcFFHekV4SHJNcmVrbFBkUEdqakh0akdUT1VjVVUmcD0yJm49cnNBQ3F2Q2dOVDBXWWhkWklrUGxBUSZ0PUFBQUFBR1BaY3Bv.
        client_ip_address (str | Unset): The user's IP address, which can be either in IPv4 or IPv6 format. Used for
            matching. We highly recommend this for all events. It may improve reporting performance such as ROAS/CPA.
            Example: 216.3.128.12.
        client_user_agent (str | Unset): The user agent string of the user's web browser. We highly recommend this for
            all events. It may improve reporting performance such as ROAS/CPA.
        country (list[str] | Unset): Sha256 hashes of two-character ISO-3166 country code indicating the user's country,
            in lowercase. The string should be in the UTF-8 format. Example:
            ['9b202ecbc6d45c6d8901d989a918878397a3eb9d00e8f48022fc051b19d21a1d'].
        ct (list[str] | Unset): Sha256 hashes of user's city, in lowercase, and without spaces or punctuation. User
            residency city (mostly billing). The string should be in the UTF-8 format. Example:
            ['4ac01a129bfd10385c9278c2cf2c46fac5ab57350841234f587c8522a2e4ce36'].
        db (list[str] | Unset): Sha256 hashes of user's date of birthday, given as year, month, and day. The string
            should be in the UTF-8 format. Example: ['d4426a0086d10f12ad265539ae8d54221dc67786053d511407204b76e99d7739'].
        em (list[str] | Unset): Sha256 hashes of lowercase version of user's email addresses. Used for matching. We
            highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The
            string should be in the UTF-8 format. Example:
            ['411e44ce1261728ffd2c0686e44e3fffe413c0e2c5adc498bc7da883d476b9c8',
            '09831ea51bd1b7b32a836683a00a9ccaf3d05f59499f42d9883412ed79289969'].
        external_id (list[str] | Unset): Sha256 hashes of the unique id from the advertiser that identifies a user in
            their space, e.g. user id, loyalty id, etc. We highly recommend this on all events. It may improve reporting
            performance such as ROAS/CPA. The string should be in the UTF-8 format. Example:
            ['6a7a73766627eb611720883d5a11cc62b5bfee237b00a6658d78c50032ec4aee'].
        fn (list[str] | Unset): Sha256 hashes of user's first name, in lowercase. We highly recommend this on checkout
            events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8
            format. Example: ['ec1e6a072231703f1bc41429052fff8c00a7e0c6aaec2e7107241ca8f3ceb6b2'].
        ge (list[str] | Unset): Sha256 hashes of user's gender, in lowercase. Either "f" or "m" or "n" for non-binary
            gender. The string should be in the UTF-8 format. Example:
            ['0d248e82c62c9386878327d491c762a002152d42ab2c391a31c44d9f62675ddf'].
        hashed_maids (list[str] | Unset): Sha256 hashes of user's "Google Advertising IDs" (GAIDs) or "Apple's
            Identifier for Advertisers" (IDFAs). Used for matching. We highly recommend this on checkout events at least. It
            may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format. Example:
            ['0192518eb84137ccfe82c8b6322d29631dae7e28ed9d0f6dd5f245d73a58c5f1',
            '837b850ac46d62b2272a71de73c27801ff011ac1e36c5432620c8755cf90db46'].
        ln (list[str] | Unset): Sha256 hashes of user's last name, in lowercase. We highly recommend this on checkout
            events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8
            format. Example: ['7e546b3aa43f989dd359672e6c3409d4f9d4e8f155ae1e9b90ee060985468c19'].
        partner_id (None | str | Unset): A unique identifier of visitors' information defined by third party partners.
            e.g RampID Example: BUJrTlRRzGJmWhRXFZdkioV6wKPBve7Lom__GU9J74hq2NIQj4O3nOZJrp3mcUr5MptkXsI14juMOIM9mNZnM4zEUFT2
            JLVaFhcOfuuWz3IWEDtBf6I0DPc.
        ph (list[str] | Unset): Sha256 hashes of user's phone numbers, only digits with country code, area code, and
            number. Remove any symbols, letters, spaces and leading zeros. We highly recommend this on checkout events at
            least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format. Example:
            ['45df139772a81b6011bdc1c9cc3d1cb408fc0b10ec0c5cb9d4d4e107f0ddc49d'].
        st (list[str] | Unset): Sha256 hashes of user's state, given as a two-letter code in lowercase. User residency
            state (mostly billing). The string should be in the UTF-8 format. Example:
            ['49a6d05b8e4b516656e464271d9dd38d0a7e0142f7f49546f4dabd2720cafc34'].
        zp (list[str] | Unset): Sha256 hashes of user's zipcode, only digits. User residency zipcode (mostly billing).
            The string should be in the UTF-8 format. Example:
            ['fd5f56b40a79a385708428e7b32ab996a681080a166a2206e750eb4819186145'].
    """

    click_id: None | str | Unset = UNSET
    client_ip_address: str | Unset = UNSET
    client_user_agent: str | Unset = UNSET
    country: list[str] | Unset = UNSET
    ct: list[str] | Unset = UNSET
    db: list[str] | Unset = UNSET
    em: list[str] | Unset = UNSET
    external_id: list[str] | Unset = UNSET
    fn: list[str] | Unset = UNSET
    ge: list[str] | Unset = UNSET
    hashed_maids: list[str] | Unset = UNSET
    ln: list[str] | Unset = UNSET
    partner_id: None | str | Unset = UNSET
    ph: list[str] | Unset = UNSET
    st: list[str] | Unset = UNSET
    zp: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        click_id: None | str | Unset
        if isinstance(self.click_id, Unset):
            click_id = UNSET
        else:
            click_id = self.click_id

        client_ip_address = self.client_ip_address

        client_user_agent = self.client_user_agent

        country: list[str] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country

        ct: list[str] | Unset = UNSET
        if not isinstance(self.ct, Unset):
            ct = self.ct

        db: list[str] | Unset = UNSET
        if not isinstance(self.db, Unset):
            db = self.db

        em: list[str] | Unset = UNSET
        if not isinstance(self.em, Unset):
            em = self.em

        external_id: list[str] | Unset = UNSET
        if not isinstance(self.external_id, Unset):
            external_id = self.external_id

        fn: list[str] | Unset = UNSET
        if not isinstance(self.fn, Unset):
            fn = self.fn

        ge: list[str] | Unset = UNSET
        if not isinstance(self.ge, Unset):
            ge = self.ge

        hashed_maids: list[str] | Unset = UNSET
        if not isinstance(self.hashed_maids, Unset):
            hashed_maids = self.hashed_maids

        ln: list[str] | Unset = UNSET
        if not isinstance(self.ln, Unset):
            ln = self.ln

        partner_id: None | str | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        ph: list[str] | Unset = UNSET
        if not isinstance(self.ph, Unset):
            ph = self.ph

        st: list[str] | Unset = UNSET
        if not isinstance(self.st, Unset):
            st = self.st

        zp: list[str] | Unset = UNSET
        if not isinstance(self.zp, Unset):
            zp = self.zp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if click_id is not UNSET:
            field_dict["click_id"] = click_id
        if client_ip_address is not UNSET:
            field_dict["client_ip_address"] = client_ip_address
        if client_user_agent is not UNSET:
            field_dict["client_user_agent"] = client_user_agent
        if country is not UNSET:
            field_dict["country"] = country
        if ct is not UNSET:
            field_dict["ct"] = ct
        if db is not UNSET:
            field_dict["db"] = db
        if em is not UNSET:
            field_dict["em"] = em
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if fn is not UNSET:
            field_dict["fn"] = fn
        if ge is not UNSET:
            field_dict["ge"] = ge
        if hashed_maids is not UNSET:
            field_dict["hashed_maids"] = hashed_maids
        if ln is not UNSET:
            field_dict["ln"] = ln
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if ph is not UNSET:
            field_dict["ph"] = ph
        if st is not UNSET:
            field_dict["st"] = st
        if zp is not UNSET:
            field_dict["zp"] = zp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_click_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_click_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        click_id = _parse_click_id(d.pop("click_id", UNSET))

        client_ip_address = d.pop("client_ip_address", UNSET)
        if client_ip_address is None:
            client_ip_address = tolerate_null("client_ip_address")

        client_user_agent = d.pop("client_user_agent", UNSET)
        if client_user_agent is None:
            client_user_agent = tolerate_null("client_user_agent")

        _country = d.pop("country", UNSET)
        country = tolerate_null("country") if _country is None else cast(list[str], _country)

        _ct = d.pop("ct", UNSET)
        ct = tolerate_null("ct") if _ct is None else cast(list[str], _ct)

        _db = d.pop("db", UNSET)
        db = tolerate_null("db") if _db is None else cast(list[str], _db)

        _em = d.pop("em", UNSET)
        em = tolerate_null("em") if _em is None else cast(list[str], _em)

        _external_id = d.pop("external_id", UNSET)
        external_id = (
            tolerate_null("external_id") if _external_id is None else cast(list[str], _external_id)
        )

        _fn = d.pop("fn", UNSET)
        fn = tolerate_null("fn") if _fn is None else cast(list[str], _fn)

        _ge = d.pop("ge", UNSET)
        ge = tolerate_null("ge") if _ge is None else cast(list[str], _ge)

        _hashed_maids = d.pop("hashed_maids", UNSET)
        hashed_maids = (
            tolerate_null("hashed_maids")
            if _hashed_maids is None
            else cast(list[str], _hashed_maids)
        )

        _ln = d.pop("ln", UNSET)
        ln = tolerate_null("ln") if _ln is None else cast(list[str], _ln)

        def _parse_partner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_partner_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        partner_id = _parse_partner_id(d.pop("partner_id", UNSET))

        _ph = d.pop("ph", UNSET)
        ph = tolerate_null("ph") if _ph is None else cast(list[str], _ph)

        _st = d.pop("st", UNSET)
        st = tolerate_null("st") if _st is None else cast(list[str], _st)

        _zp = d.pop("zp", UNSET)
        zp = tolerate_null("zp") if _zp is None else cast(list[str], _zp)

        conversion_events_user_data_properties = cls(
            click_id=click_id,
            client_ip_address=client_ip_address,
            client_user_agent=client_user_agent,
            country=country,
            ct=ct,
            db=db,
            em=em,
            external_id=external_id,
            fn=fn,
            ge=ge,
            hashed_maids=hashed_maids,
            ln=ln,
            partner_id=partner_id,
            ph=ph,
            st=st,
            zp=zp,
        )

        if d:
            tolerate_unknown_fields("ConversionEventsUserDataProperties", d)

        conversion_events_user_data_properties.additional_properties = d
        return conversion_events_user_data_properties

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
