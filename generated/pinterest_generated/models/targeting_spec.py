from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.targeting_spec_age_bucket import TargetingSpecAgeBucket
from ..models.targeting_spec_app_type import TargetingSpecAppType
from ..models.targeting_spec_gender import TargetingSpecGender
from ..models.targeting_spec_targetingstrategy_type_0_item import (
    TargetingSpecTARGETINGSTRATEGYType0Item,
)
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.targeting_spec_shopping_retargeting import TargetingSpecShoppingRetargeting


T = TypeVar("T", bound="TargetingSpec")


@_attrs_define
class TargetingSpec:
    """Ad group targeting specification defining the ad group target audience. For example, `{"APPTYPE":["iphone"],
    "GENDER":["male"], "LOCALE":["en-US"], "LOCATION":["501"], "MINIMUM_AGE":"18", "MAXIMUM_AGE":"65+"}`

        Attributes:
            age_bucket (list[TargetingSpecAgeBucket] | None | Unset): **Legacy field.** Predefined age ranges. We recommend
                using MINIMUM_AGE and MAXIMUM_AGE instead for more flexible targeting. Cannot be combined with
                MINIMUM_AGE/MAXIMUM_AGE. If neither AGE_BUCKET nor MINIMUM_AGE/MAXIMUM_AGE are specified, all ages will be
                targeted. Example: ['35-44', '50-54'].
            apptype (list[TargetingSpecAppType] | None | Unset): Allowed devices. If the APPTYPE field is missing, the
                default behavior in terms of ad delivery is that **All devices/apptypes** will be targeted. Example: ['ipad',
                'iphone'].
            audience_exclude (list[str] | None | Unset): Excluded customer list IDs. Used to drive new customer acquisition
                goals. For example: ["2542620905475"]. Audience lists need to have at least 100 people with Pinterest accounts
                in them. If the AUDIENCE_EXCLUDE field is missing, the default behavior in terms of ad delivery is that **No
                users will be excluded**.
            audience_include (list[str] | None | Unset): Targeted customer list IDs. For example: ["2542620905473"].
                Audience lists need to have at least 100 people with Pinterest accounts in them Audience lists need to have at
                least 100 people with Pinterest accounts in them. If the AUDIENCE_INCLUDE field is missing, the default behavior
                in terms of ad delivery is that **All users will be included**.
            gender (list[TargetingSpecGender] | None | Unset): Targeted genders. Values: ["unknown","male","female"]. If the
                GENDER field is missing, the default behavior in terms of ad delivery is that **All genders will be targeted**.
            geo (list[str] | None | Unset): Location region codes, e.g., "BE-VOV" (East Flanders, Belgium) For complete
                list, <a href="https://help.pinterest.com/sub/helpcenter/partner/pinterest_location_targeting_codes.xlsx"
                target="_blank">click here</a> or postal codes, e.g., "US-94107". Use either region codes or postal codes but
                not both. At least one of LOCATION or GEO must be specified. If the GEO field is missing, then only LOCATION
                values will be targeted (see LOCATION field below).
            interest (list[str] | Unset): Array of interest object IDs. If the INTEREST field is missing, the default
                behavior in terms of ad delivery is that **All interests will be targeted**.
            locale (list[str] | None | Unset): 24 ISO 639-1 two-letter language codes. If the LOCALE field is not included
                in the request, all languages are targeted.
            location (list[str] | None | Unset): 22 ISO Alpha 2 two letter country codes or US Nielsen DMA (Designated
                Market Area) codes (location region codes) (e.g., ["US", "807"]). For complete list, <a
                href="https://help.pinterest.com/sub/helpcenter/partner/pinterest_location_targeting_codes.xlsx"
                target="_blank">click here</a>. Location-Country and Location-Metro codes apply. At least one of LOCATION or GEO
                must be specified. If the LOCATION field is missing, then only GEO values will be targeted (see GEO field
                above).
            maximum_age (str | Unset): Maximum age to target (inclusive). Values: "18", "19", ..., "65", "65+". Must be used
                together with `MINIMUM_AGE`. Cannot be combined with `AGE_BUCKET`. If neither `MINIMUM_AGE`/`MAXIMUM_AGE` nor
                `AGE_BUCKET` are specified, all ages will be targeted. Example: 65+.
            minimum_age (str | Unset): Minimum age to target (inclusive). Values: "18", "19", ..., "65". Note: 65+ is not
                allowed for minimum age. Must be used together with `MAXIMUM_AGE`. Cannot be combined with `AGE_BUCKET`. If
                neither `MINIMUM_AGE`/`MAXIMUM_AGE` nor `AGE_BUCKET` are specified, all ages will be targeted. Example: 18.
            shopping_retargeting (list[TargetingSpecShoppingRetargeting] | None | Unset): Array of object: lookback_window
                [Integer]: Number of days ago to start lookback timeframe for dynamic retargeting tag_types [Array of integer]:
                Event types to target for dynamic retargeting exclusion_window [Integer]: Number of days ago to stop lookback
                timeframe for dynamic retargeting
            targeting_strategy (list[TargetingSpecTARGETINGSTRATEGYType0Item] | None | Unset):
    """

    age_bucket: list[TargetingSpecAgeBucket] | None | Unset = UNSET
    apptype: list[TargetingSpecAppType] | None | Unset = UNSET
    audience_exclude: list[str] | None | Unset = UNSET
    audience_include: list[str] | None | Unset = UNSET
    gender: list[TargetingSpecGender] | None | Unset = UNSET
    geo: list[str] | None | Unset = UNSET
    interest: list[str] | Unset = UNSET
    locale: list[str] | None | Unset = UNSET
    location: list[str] | None | Unset = UNSET
    maximum_age: str | Unset = UNSET
    minimum_age: str | Unset = UNSET
    shopping_retargeting: list[TargetingSpecShoppingRetargeting] | None | Unset = UNSET
    targeting_strategy: list[TargetingSpecTARGETINGSTRATEGYType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        age_bucket: list[str] | None | Unset
        if isinstance(self.age_bucket, Unset):
            age_bucket = UNSET
        elif isinstance(self.age_bucket, list):
            if self.age_bucket is None:
                age_bucket = None
            else:
                age_bucket = []
                for age_bucket_type_0_item_data in self.age_bucket:
                    age_bucket_type_0_item = (
                        None
                        if age_bucket_type_0_item_data is None
                        else age_bucket_type_0_item_data.value
                    )
                    age_bucket.append(age_bucket_type_0_item)

        else:
            age_bucket = self.age_bucket

        apptype: list[str] | None | Unset
        if isinstance(self.apptype, Unset):
            apptype = UNSET
        elif isinstance(self.apptype, list):
            if self.apptype is None:
                apptype = None
            else:
                apptype = []
                for apptype_type_0_item_data in self.apptype:
                    apptype_type_0_item = (
                        None if apptype_type_0_item_data is None else apptype_type_0_item_data.value
                    )
                    apptype.append(apptype_type_0_item)

        else:
            apptype = self.apptype

        audience_exclude: list[str] | None | Unset
        if isinstance(self.audience_exclude, Unset):
            audience_exclude = UNSET
        elif isinstance(self.audience_exclude, list):
            audience_exclude = self.audience_exclude

        else:
            audience_exclude = self.audience_exclude

        audience_include: list[str] | None | Unset
        if isinstance(self.audience_include, Unset):
            audience_include = UNSET
        elif isinstance(self.audience_include, list):
            audience_include = self.audience_include

        else:
            audience_include = self.audience_include

        gender: list[str] | None | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        elif isinstance(self.gender, list):
            if self.gender is None:
                gender = None
            else:
                gender = []
                for gender_type_0_item_data in self.gender:
                    gender_type_0_item = (
                        None if gender_type_0_item_data is None else gender_type_0_item_data.value
                    )
                    gender.append(gender_type_0_item)

        else:
            gender = self.gender

        geo: list[str] | None | Unset
        if isinstance(self.geo, Unset):
            geo = UNSET
        elif isinstance(self.geo, list):
            geo = self.geo

        else:
            geo = self.geo

        interest: list[str] | Unset = UNSET
        if not isinstance(self.interest, Unset):
            interest = self.interest

        locale: list[str] | None | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        elif isinstance(self.locale, list):
            locale = self.locale

        else:
            locale = self.locale

        location: list[str] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, list):
            location = self.location

        else:
            location = self.location

        maximum_age = self.maximum_age

        minimum_age = self.minimum_age

        shopping_retargeting: list[dict[str, Any]] | None | Unset
        if isinstance(self.shopping_retargeting, Unset):
            shopping_retargeting = UNSET
        elif isinstance(self.shopping_retargeting, list):
            if self.shopping_retargeting is None:
                shopping_retargeting = None
            else:
                shopping_retargeting = []
                for shopping_retargeting_type_0_item_data in self.shopping_retargeting:
                    shopping_retargeting_type_0_item = (
                        None
                        if shopping_retargeting_type_0_item_data is None
                        else shopping_retargeting_type_0_item_data.to_dict()
                    )
                    shopping_retargeting.append(shopping_retargeting_type_0_item)

        else:
            shopping_retargeting = self.shopping_retargeting

        targeting_strategy: list[str] | None | Unset
        if isinstance(self.targeting_strategy, Unset):
            targeting_strategy = UNSET
        elif isinstance(self.targeting_strategy, list):
            if self.targeting_strategy is None:
                targeting_strategy = None
            else:
                targeting_strategy = []
                for targeting_strategy_type_0_item_data in self.targeting_strategy:
                    targeting_strategy_type_0_item = (
                        None
                        if targeting_strategy_type_0_item_data is None
                        else targeting_strategy_type_0_item_data.value
                    )
                    targeting_strategy.append(targeting_strategy_type_0_item)

        else:
            targeting_strategy = self.targeting_strategy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if age_bucket is not UNSET:
            field_dict["AGE_BUCKET"] = age_bucket
        if apptype is not UNSET:
            field_dict["APPTYPE"] = apptype
        if audience_exclude is not UNSET:
            field_dict["AUDIENCE_EXCLUDE"] = audience_exclude
        if audience_include is not UNSET:
            field_dict["AUDIENCE_INCLUDE"] = audience_include
        if gender is not UNSET:
            field_dict["GENDER"] = gender
        if geo is not UNSET:
            field_dict["GEO"] = geo
        if interest is not UNSET:
            field_dict["INTEREST"] = interest
        if locale is not UNSET:
            field_dict["LOCALE"] = locale
        if location is not UNSET:
            field_dict["LOCATION"] = location
        if maximum_age is not UNSET:
            field_dict["MAXIMUM_AGE"] = maximum_age
        if minimum_age is not UNSET:
            field_dict["MINIMUM_AGE"] = minimum_age
        if shopping_retargeting is not UNSET:
            field_dict["SHOPPING_RETARGETING"] = shopping_retargeting
        if targeting_strategy is not UNSET:
            field_dict["TARGETING_STRATEGY"] = targeting_strategy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.targeting_spec_shopping_retargeting import TargetingSpecShoppingRetargeting

        d = dict(src_dict)

        def _parse_age_bucket(data: object) -> list[TargetingSpecAgeBucket] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_age_bucket(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _age_bucket_type_0 = data
                age_bucket_type_0: list[TargetingSpecAgeBucket]
                if _age_bucket_type_0 is None:
                    age_bucket_type_0 = tolerate_null("AGE_BUCKET_type_0")
                else:
                    age_bucket_type_0 = []
                    for age_bucket_type_0_item_data in _age_bucket_type_0:
                        _age_bucket_type_0_item = age_bucket_type_0_item_data
                        age_bucket_type_0_item = (
                            tolerate_null("AGE_BUCKET_type_0_item")
                            if _age_bucket_type_0_item is None
                            else TargetingSpecAgeBucket(_age_bucket_type_0_item)
                        )

                        age_bucket_type_0.append(age_bucket_type_0_item)

                return age_bucket_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TargetingSpecAgeBucket] | None | Unset, data)

        age_bucket = _parse_age_bucket(d.pop("AGE_BUCKET", UNSET))

        def _parse_apptype(data: object) -> list[TargetingSpecAppType] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_apptype(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _apptype_type_0 = data
                apptype_type_0: list[TargetingSpecAppType]
                if _apptype_type_0 is None:
                    apptype_type_0 = tolerate_null("APPTYPE_type_0")
                else:
                    apptype_type_0 = []
                    for apptype_type_0_item_data in _apptype_type_0:
                        _apptype_type_0_item = apptype_type_0_item_data
                        apptype_type_0_item = (
                            tolerate_null("APPTYPE_type_0_item")
                            if _apptype_type_0_item is None
                            else TargetingSpecAppType(_apptype_type_0_item)
                        )

                        apptype_type_0.append(apptype_type_0_item)

                return apptype_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TargetingSpecAppType] | None | Unset, data)

        apptype = _parse_apptype(d.pop("APPTYPE", UNSET))

        def _parse_audience_exclude(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_audience_exclude(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _audience_exclude_type_0 = data
                audience_exclude_type_0 = (
                    tolerate_null("AUDIENCE_EXCLUDE_type_0")
                    if _audience_exclude_type_0 is None
                    else cast(list[str], _audience_exclude_type_0)
                )

                return audience_exclude_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        audience_exclude = _parse_audience_exclude(d.pop("AUDIENCE_EXCLUDE", UNSET))

        def _parse_audience_include(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_audience_include(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _audience_include_type_0 = data
                audience_include_type_0 = (
                    tolerate_null("AUDIENCE_INCLUDE_type_0")
                    if _audience_include_type_0 is None
                    else cast(list[str], _audience_include_type_0)
                )

                return audience_include_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        audience_include = _parse_audience_include(d.pop("AUDIENCE_INCLUDE", UNSET))

        def _parse_gender(data: object) -> list[TargetingSpecGender] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_gender(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _gender_type_0 = data
                gender_type_0: list[TargetingSpecGender]
                if _gender_type_0 is None:
                    gender_type_0 = tolerate_null("GENDER_type_0")
                else:
                    gender_type_0 = []
                    for gender_type_0_item_data in _gender_type_0:
                        _gender_type_0_item = gender_type_0_item_data
                        gender_type_0_item = (
                            tolerate_null("GENDER_type_0_item")
                            if _gender_type_0_item is None
                            else TargetingSpecGender(_gender_type_0_item)
                        )

                        gender_type_0.append(gender_type_0_item)

                return gender_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TargetingSpecGender] | None | Unset, data)

        gender = _parse_gender(d.pop("GENDER", UNSET))

        def _parse_geo(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_geo(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _geo_type_0 = data
                geo_type_0 = (
                    tolerate_null("GEO_type_0")
                    if _geo_type_0 is None
                    else cast(list[str], _geo_type_0)
                )

                return geo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        geo = _parse_geo(d.pop("GEO", UNSET))

        _interest = d.pop("INTEREST", UNSET)
        interest = tolerate_null("INTEREST") if _interest is None else cast(list[str], _interest)

        def _parse_locale(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_locale(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _locale_type_0 = data
                locale_type_0 = (
                    tolerate_null("LOCALE_type_0")
                    if _locale_type_0 is None
                    else cast(list[str], _locale_type_0)
                )

                return locale_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        locale = _parse_locale(d.pop("LOCALE", UNSET))

        def _parse_location(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_location(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _location_type_0 = data
                location_type_0 = (
                    tolerate_null("LOCATION_type_0")
                    if _location_type_0 is None
                    else cast(list[str], _location_type_0)
                )

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        location = _parse_location(d.pop("LOCATION", UNSET))

        maximum_age = d.pop("MAXIMUM_AGE", UNSET)
        if maximum_age is None:
            maximum_age = tolerate_null("MAXIMUM_AGE")

        minimum_age = d.pop("MINIMUM_AGE", UNSET)
        if minimum_age is None:
            minimum_age = tolerate_null("MINIMUM_AGE")

        def _parse_shopping_retargeting(
            data: object,
        ) -> list[TargetingSpecShoppingRetargeting] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_shopping_retargeting(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _shopping_retargeting_type_0 = data
                shopping_retargeting_type_0: list[TargetingSpecShoppingRetargeting]
                if _shopping_retargeting_type_0 is None:
                    shopping_retargeting_type_0 = tolerate_null("SHOPPING_RETARGETING_type_0")
                else:
                    shopping_retargeting_type_0 = []
                    for shopping_retargeting_type_0_item_data in _shopping_retargeting_type_0:
                        _shopping_retargeting_type_0_item = shopping_retargeting_type_0_item_data
                        shopping_retargeting_type_0_item = (
                            tolerate_null("SHOPPING_RETARGETING_type_0_item")
                            if _shopping_retargeting_type_0_item is None
                            else TargetingSpecShoppingRetargeting.from_dict(
                                _shopping_retargeting_type_0_item
                            )
                        )

                        shopping_retargeting_type_0.append(shopping_retargeting_type_0_item)

                return shopping_retargeting_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TargetingSpecShoppingRetargeting] | None | Unset, data)

        shopping_retargeting = _parse_shopping_retargeting(d.pop("SHOPPING_RETARGETING", UNSET))

        def _parse_targeting_strategy(
            data: object,
        ) -> list[TargetingSpecTARGETINGSTRATEGYType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_targeting_strategy(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _targeting_strategy_type_0 = data
                targeting_strategy_type_0: list[TargetingSpecTARGETINGSTRATEGYType0Item]
                if _targeting_strategy_type_0 is None:
                    targeting_strategy_type_0 = tolerate_null("TARGETING_STRATEGY_type_0")
                else:
                    targeting_strategy_type_0 = []
                    for targeting_strategy_type_0_item_data in _targeting_strategy_type_0:
                        _targeting_strategy_type_0_item = targeting_strategy_type_0_item_data
                        targeting_strategy_type_0_item = (
                            tolerate_null("TARGETING_STRATEGY_type_0_item")
                            if _targeting_strategy_type_0_item is None
                            else TargetingSpecTARGETINGSTRATEGYType0Item(
                                _targeting_strategy_type_0_item
                            )
                        )

                        targeting_strategy_type_0.append(targeting_strategy_type_0_item)

                return targeting_strategy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TargetingSpecTARGETINGSTRATEGYType0Item] | None | Unset, data)

        targeting_strategy = _parse_targeting_strategy(d.pop("TARGETING_STRATEGY", UNSET))

        targeting_spec = cls(
            age_bucket=age_bucket,
            apptype=apptype,
            audience_exclude=audience_exclude,
            audience_include=audience_include,
            gender=gender,
            geo=geo,
            interest=interest,
            locale=locale,
            location=location,
            maximum_age=maximum_age,
            minimum_age=minimum_age,
            shopping_retargeting=shopping_retargeting,
            targeting_strategy=targeting_strategy,
        )

        if d:
            tolerate_unknown_fields("TargetingSpec", d)

        targeting_spec.additional_properties = d
        return targeting_spec

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
