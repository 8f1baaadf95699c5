/**
 * The "Massage advisor" block in the editor: the clinic's details in the
 * sidebar, a short description in the content. It is rendered by PHP on the
 * page (no build step: plain script, WordPress's own globals).
 */
( function ( blocks, element, blockEditor, components, i18n ) {
	var el = element.createElement;
	var __ = i18n.__;
	var fields = [
		[ 'clinicName', __( 'Clinic name', 'massage-advisor' ), '' ],
		[ 'clinicPhone', __( 'Phone', 'massage-advisor' ), '+91 82704 82704' ],
		[ 'clinicEmail', __( 'Email', 'massage-advisor' ), '' ],
		[ 'clinicUrl', __( 'Website (https:)', 'massage-advisor' ), 'https://' ],
		[ 'bookingUrl', __( 'Booking page (https:, {therapy} for the therapy)', 'massage-advisor' ), 'https://' ],
		[ 'therapies', __( 'Therapies you offer (ids, separated by spaces; empty: all)', 'massage-advisor' ), 'relaxation lower_back abhyanga' ],
		[ 'emergencyNumber', __( 'Local emergency number', 'massage-advisor' ), '112' ],
		[ 'lang', __( 'Language (en or hi; empty: the page\'s)', 'massage-advisor' ), '' ],
		[ 'theme', __( 'Colours (light, dark or auto)', 'massage-advisor' ), 'auto' ],
		[ 'save', __( 'Keep answers on the device (on, or off for shared devices)', 'massage-advisor' ), 'on' ],
		[ 'headingLevel', __( 'Heading level (1 to 6)', 'massage-advisor' ), '2' ],
		[ 'storageKey', __( 'Storage key (to share answers between pages)', 'massage-advisor' ), '' ],
	];

	blocks.registerBlockType( 'massage-advisor/advisor', {
		edit: function ( props ) {
			var controls = fields.map( function ( field ) {
				return el( components.TextControl, {
					key: field[ 0 ],
					label: field[ 1 ],
					placeholder: field[ 2 ],
					value: props.attributes[ field[ 0 ] ] || '',
					onChange: function ( value ) {
						var change = {};
						change[ field[ 0 ] ] = value;
						props.setAttributes( change );
					},
				} );
			} );
			return el(
				'div',
				blockEditor.useBlockProps(),
				el(
					blockEditor.InspectorControls,
					null,
					el( components.PanelBody, { title: __( 'Your clinic', 'massage-advisor' ) }, controls )
				),
				el(
					components.Placeholder,
					{
						icon: 'universal-access-alt',
						label: __( 'Massage advisor', 'massage-advisor' ),
						instructions: __( 'The back-care questionnaire shows here on the published page. Set your clinic\'s details in the block settings.', 'massage-advisor' ),
					}
				)
			);
		},
		save: function () {
			return null;
		},
	} );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n );
